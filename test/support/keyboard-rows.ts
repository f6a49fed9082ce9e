/**
 * Empty rows in what a Bot API call carries: its reply_markup, and the
 * reply_markup of each inline result. Telegram draws an empty row as a gap.
 */
export function emptyRowsIn(payload: Record<string, unknown>): string[] {
  const markups = [
    payload.reply_markup,
    ...((payload.results as Array<{ reply_markup?: unknown }> | undefined) ?? []).map(
      (result) => result.reply_markup,
    ),
  ];
  const found: string[] = [];
  for (const markup of markups) {
    const rows = (markup as { inline_keyboard?: unknown[][] } | undefined)?.inline_keyboard;
    if (!rows) continue;
    if (rows.length === 0 || rows.some((row) => row.length === 0)) {
      found.push(JSON.stringify(rows));
    }
  }
  return found;
}
