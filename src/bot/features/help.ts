import type { Composer } from "grammy";
import { COMMANDS } from "../commands.js";
import type { BotContext } from "../context.js";
import { FeatureComposer } from "../feature-composer.js";

/** /help: every command with its description, then how to ask, in the reply language. */
export function helpFeature(): Composer<BotContext> {
  const composer = new FeatureComposer<BotContext>();
  composer.command("help", sendHelp);
  return composer;
}

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
