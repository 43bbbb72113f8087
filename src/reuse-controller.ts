import type { ReactiveController, ReactiveElement } from 'lit';
import type { ReuseContext } from './actions.js';
import { emit } from './events.js';
import type { ReuseAction } from './sections/view.js';

/** What the card's live region says after an action. */
export type Status = 'copied' | 'copyFailed' | 'downloadFailed';

/**
 * The reuse actions of the share menu: runs one, loading its code on first use, tells the page
 * (`kz-af-trade-action`), and holds what the live region says of it, for a moment.
 */
export class ReuseController implements ReactiveController {
  /** What the live region says now, if anything. */
  status?: Status;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveElement,
    /** What the actions read from the rendered card, at the moment one runs. */
    private readonly context: () => ReuseContext,
  ) {
    host.addController(this);
  }

  hostDisconnected() {
    clearTimeout(this.timer);
  }

  async run(action: ReuseAction) {
    emit(this.host, 'kz-af-trade-action', { action });
    const file = action !== 'copy';
    try {
      const actions = await import('./actions.js');
      const context = this.context();
      if (action === 'csv') actions.downloadData(context);
      else if (file) await actions.downloadChart(context, action);
      else await actions.copyFacts(context);
      this.say(file ? undefined : 'copied');
    } catch (error) {
      console.warn(
        `<kz-af-trade>: could not ${file ? `save the ${action.toUpperCase()} file` : 'copy to the clipboard'}.`,
        error,
      );
      this.say(file ? 'downloadFailed' : 'copyFailed');
    }
  }

  private say(status?: Status) {
    this.status = status;
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.status = undefined;
        this.host.requestUpdate();
      },
      status === 'copied' ? 2500 : 8000,
    );
  }
}
