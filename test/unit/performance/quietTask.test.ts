import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import { QuietTask } from '../../../server/src/service/quietTask';

// The index is written when the user pauses typing. Mocked clocks: the test is about order, not speed.

describe('work done once the editor is quiet', () => {
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout', 'Date'] }));
  afterEach(() => mock.timers.reset());

  function counter(): { task: QuietTask; runs: () => number } {
    let runs = 0;
    const task = new QuietTask(async () => {
      runs++;
    }, 1_000, 5_000);
    return { task, runs: () => runs };
  }

  test('runs a second after it is scheduled when nothing happens', () => {
    const { task, runs } = counter();
    task.schedule();
    mock.timers.tick(999);
    assert.equal(runs(), 0);
    mock.timers.tick(1);
    assert.equal(runs(), 1);
    assert.equal(task.pending, false);
    mock.timers.tick(10_000);
    assert.equal(runs(), 1, 'once');
  });

  test('each edit restarts the wait, but steady typing cannot delay it past the limit', () => {
    const { task, runs } = counter();
    task.schedule();
    for (let i = 0; i < 4; i++) {
      mock.timers.tick(800);
      task.postpone();
    }
    assert.equal(runs(), 0, '3.2 s of typing, never a second quiet');
    mock.timers.tick(800);
    task.postpone(); // at 4.0 s: a full second of quiet would be 5.0 s, the limit itself
    mock.timers.tick(600);
    task.postpone(); // at 4.6 s: the wait is cut to the limit
    mock.timers.tick(399);
    assert.equal(runs(), 0);
    mock.timers.tick(1);
    assert.equal(runs(), 1, 'ran at the 5 s limit, 0.4 s after the last edit');
  });

  test('an edit with nothing pending schedules nothing', () => {
    const { task, runs } = counter();
    task.postpone();
    mock.timers.tick(10_000);
    assert.equal(runs(), 0);
  });

  test('flush runs pending work at once and waits for it; with nothing pending it runs nothing', async () => {
    let finished = false;
    const task = new QuietTask(async () => {
      await Promise.resolve();
      finished = true;
    }, 1_000, 5_000);
    await task.flush();
    assert.equal(finished, false);
    task.schedule();
    await task.flush();
    assert.equal(finished, true);
    assert.equal(task.pending, false);
  });

  test('a failing run does not break the next one', async () => {
    let calls = 0;
    const task = new QuietTask(async () => {
      calls++;
      if (calls === 1) throw new Error('disk full');
    }, 1_000, 5_000);
    task.schedule();
    await task.flush();
    task.schedule();
    await task.flush();
    assert.equal(calls, 2);
  });
});
