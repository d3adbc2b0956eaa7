package io.tickwise.engine;

/**
 * The fused executor's event loop: every entity of one run driven from a single thread through
 * one event queue, in key order, with no mailbox hop per event.
 */
final class FusedRun {
    private FusedRun() {
    }

    static RunStats execute(BuiltWorld world, RunLimits limits) {
        EventQueue queue = new EventQueue();
        EventPool pool = new EventPool();
        EntityCell<?>[] cells = world.cells.toArray(new EntityCell<?>[0]);
        for (EntityCell<?> cell : cells) {
            cell.sendTo((time, delta, sender, sequence, target, message) ->
                    queue.add(pool.take(time, delta, sender, sequence, target, message)));
        }
        for (Event e : world.initialEvents) {
            queue.add(e);
        }
        long events = 0;
        long lastTime = 0;
        boolean stopping = false;
        long stopTime = 0;
        int stopDelta = 0;
        while (!queue.isEmpty()) {
            Event next = queue.peek();
            if (stopping && !next.at(stopTime, stopDelta)) {
                return new RunStats(events, lastTime, RunStats.Ending.STOPPED);
            }
            if (events >= limits.maxEvents()) {
                return new RunStats(events, lastTime, RunStats.Ending.EVENT_LIMIT);
            }
            if (next.time > limits.endTimeNs()) {
                return new RunStats(events, lastTime, RunStats.Ending.TIME_LIMIT);
            }
            queue.poll();
            EntityCell<?> cell = cells[next.target];
            cell.deliver(next);
            events++;
            lastTime = next.time;
            if (cell.takeStopRequest() && !stopping) {
                stopping = true;
                stopTime = next.time;
                stopDelta = next.delta;
            }
            pool.release(next);
        }
        return new RunStats(events, lastTime, stopping ? RunStats.Ending.STOPPED : RunStats.Ending.QUIESCENT);
    }
}
