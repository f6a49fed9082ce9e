import { Composer } from "grammy";
import { COMMANDS } from "../commands.js";
import type { BotContext } from "../context.js";

/** /help: every command with its description, then how to ask, in the reply language. */
export const helpFeature = new Composer<BotContext>();

helpFeature.command("help", sendHelp);

export async function sendHelp(ctx: BotContext): Promise<void> {
  const { t } = ctx;
  const username = ctx.me.username;
  const lines = COMMANDS.map((command) =>
    t("help.command", { command, description: t(`commands.${command}`) }),
  );
  await ctx.reply(
    [
      t("help.title"),
      ...lines,
      "",
      t("help.ask"),
      "",
      t("help.inline", { username }),
      "",
      t("help.groups", { username }),
    ].join("\n"),
    { parse_mode: "HTML" },
  );
}
