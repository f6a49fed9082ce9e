import { Composer, type Context, type Middleware, type MiddlewareFn } from "grammy";

type MaybePromise<T> = T | Promise<T>;
type MaybeArray<T> = T | T[];

const pass: MiddlewareFn<Context> = (_ctx, next) => next();

/**
 * A grammY Composer whose filters (`on`, `command`, `callbackQuery`,
 * `filter`, …) decide with a plain function call.
 *
 * grammY's own `branch` goes through `lazy`: for every update it builds a new
 * Composer around the chosen branch, behind two more async frames. A question
 * passes some twenty filters on its way to the handler, and those per-update
 * composers were a fifth of everything the bot allocated per update
 * (bench:e2e's heap sampling), which the garbage collector then had to clear.
 * Here each branch is composed once, when the feature is built; the chosen
 * branch still runs the composer's middleware as it is at that moment, so
 * handlers added to a filter's composer later are honoured as in grammY.
 */
export class FeatureComposer<C extends Context> extends Composer<C> {
  override branch(
    predicate: (ctx: C) => MaybePromise<boolean>,
    trueMiddleware: MaybeArray<Middleware<C>>,
    falseMiddleware: MaybeArray<Middleware<C>>,
  ): Composer<C> {
    const onTrue = composed(trueMiddleware);
    const onFalse = composed(falseMiddleware);
    return this.use((ctx, next) => {
      const verdict = predicate(ctx);
      if (typeof verdict === "boolean") return (verdict ? onTrue : onFalse)(ctx, next);
      return verdict.then((yes) => (yes ? onTrue : onFalse)(ctx, next));
    });
  }

  // grammY's filter returns a plain Composer; this one returns a
  // FeatureComposer, so filters chained on a filter are cheap as well.
  override filter<D extends C>(
    predicate: (ctx: C) => ctx is D,
    ...middleware: Array<Middleware<D>>
  ): Composer<D>;
  override filter(
    predicate: (ctx: C) => MaybePromise<boolean>,
    ...middleware: Array<Middleware<C>>
  ): Composer<C>;
  override filter(
    predicate: (ctx: C) => MaybePromise<boolean>,
    ...middleware: Array<Middleware<C>>
  ): Composer<C> {
    const composer = new FeatureComposer<C>(...middleware);
    this.branch(predicate, composer, pass as MiddlewareFn<C>);
    return composer;
  }
}

/** One middleware function for a branch; a composer's middleware is looked up when it runs. */
function composed<C extends Context>(middleware: MaybeArray<Middleware<C>>): MiddlewareFn<C> {
  return new Composer<C>(...(Array.isArray(middleware) ? middleware : [middleware])).middleware();
}
