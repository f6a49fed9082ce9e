import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { openServices } from "./app.js";
import { createBot } from "./bot/create-bot.js";
import { loadConfigOrExit } from "./config.js";
import { isLang, LANGS } from "./knowledge/languages.js";
import { createFakeTelegram, LOCAL_BOT_INFO } from "./local/fake-telegram.js";
import { LOCAL_USER, LocalChat } from "./local/local-chat.js";
import { renderCall } from "./local/render.js";
import { createLogger } from "./logger.js";

/**
 * `npm run chat`: the real bot in the terminal, no token and no network.
 * Updates go through `createBot` exactly as on Telegram; a fake Telegram
 * prints what the bot sends. Settings live in the same store as the real
 * bot's (DATA_DIR or REDIS_URL).
 *
 *   npm run chat                         interactive
 *   npm run chat -- --lang ko "질문"      one question, print the reply, exit
 *   npm run chat -- "@bot ITPP"          inline mode: the results as a list
 */
const USAGE = `Usage: npm run chat [-- [--lang uk|en|ko] ["question"]]
  Without a question: an interactive chat. Type a message or a /command;
  type a number to press a button; "@bot query" lists inline-mode results
  (+ shows the next page); /quit (or Ctrl-D) leaves.
  --lang sets the Telegram language of the local user (default: en).`;

/** `@bot query` or `@<username> query`: what a user types for inline mode in any chat. */
const INLINE_PREFIX = new RegExp(`^@(?:bot|${LOCAL_BOT_INFO.username})(?:\\s+|$)`, "i");

const { values, positionals } = parseArgs({
  options: { lang: { type: "string" }, help: { type: "boolean", short: "h" } },
  allowPositionals: true,
  strict: false,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.lang !== undefined && !isLang(values.lang)) {
  console.error(`--lang must be one of ${LANGS.join(", ")}`);
  process.exit(2);
}

const config = loadConfigOrExit({ requireToken: false });

// Logs go to stderr, warnings and worse by default, so the chat stays readable.
const logger = createLogger({
  level: process.env.LOG_LEVEL ? config.logLevel : "warn",
  format: "pretty",
  destination: process.stderr,
});
const services = await openServices(config, logger).catch((error: unknown) => {
  console.error(`Cannot start the local chat: ${(error as Error).message}`);
  process.exit(1);
});

const colours = Boolean(process.stdout.isTTY);
const fake = createFakeTelegram((call) => {
  const shown = renderCall(call, colours);
  if (shown) console.log(shown);
});
const bot = createBot(config, {
  logger,
  ...services,
  botInfo: LOCAL_BOT_INFO,
  apiFetch: fake.fetch,
});
await bot.init();
const chat = new LocalChat(bot, fake.calls, {
  ...LOCAL_USER,
  language_code: (values.lang as string | undefined) ?? LOCAL_USER.language_code,
});

const question = positionals.join(" ").trim();
if (question) {
  await handle(question);
} else {
  await interactive();
}
await services.store.close();

async function interactive(): Promise<void> {
  console.log(
    "Local chat with the bot (no Telegram). Type a question or /help; a number presses a button; @bot … tries inline mode; /quit leaves.",
  );
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: process.stdin.isTTY,
  });
  rl.setPrompt("you> ");
  rl.prompt();
  for await (const line of rl) {
    const input = line.trim();
    if (input === "/quit" || input === "/exit") break;
    if (input) await handle(input);
    rl.prompt();
  }
  rl.close();
}

async function handle(input: string): Promise<void> {
  if (INLINE_PREFIX.test(input)) {
    await chat.sendInline(input.replace(INLINE_PREFIX, ""));
    return;
  }
  if (input === "+" && chat.hasMoreInline) {
    await chat.moreInline();
    return;
  }
  const number = /^\d{1,2}$/.test(input) ? Number(input) : undefined;
  if (number !== undefined && chat.buttons.length > 0) {
    const button = chat.buttons[number - 1];
    if (!button) {
      console.log(`(there are buttons 1–${chat.buttons.length})`);
      return;
    }
    if (!("callback_data" in button)) {
      console.log("(that button opens a link or inline mode, which the local chat cannot follow)");
      return;
    }
    await chat.press(number - 1);
    return;
  }
  await chat.send(input);
}
