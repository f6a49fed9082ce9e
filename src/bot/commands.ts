import { CommandGroup } from "@grammyjs/commands";
import type { Api } from "grammy";
import type { Message } from "grammy/types";
import type { I18n } from "../i18n/i18n.js";
import { LANGS } from "../knowledge/languages.js";
import type { BotContext } from "./context.js";

/**
 * Every command the bot has, in menu order. /help and the command menus are
 * both built from this list, so they cannot drift apart.
 */
export const COMMANDS = [
  "start",
  "help",
  "ask",
  "areas",
  "quotes",
  "article",
  "quiz",
  "language",
] as const;
export type CommandName = (typeof COMMANDS)[number];

/** A message that opens with a command (`/quiz`, `/ask@SomeBot …`). */
export function isCommand(message: Pick<Message, "entities"> | undefined): boolean {
  return message?.entities?.some((e) => e.type === "bot_command" && e.offset === 0) ?? false;
}

/**
 * Builds the command menus: the English one as Telegram's default, plus one
 * per language (setMyCommands with language_code), through @grammyjs/commands.
 */
export function commandMenus(i18n: I18n): CommandGroup<BotContext> {
  const group = new CommandGroup<BotContext>();
  for (const name of COMMANDS) {
    const command = group.command(name, i18n.t("en")(`commands.${name}`));
    for (const lang of LANGS) command.localize(lang, name, i18n.t(lang)(`commands.${name}`));
  }
  return group;
}

export async function setCommandMenus(api: Api, i18n: I18n): Promise<void> {
  await commandMenus(i18n).setCommands({ api });
}
