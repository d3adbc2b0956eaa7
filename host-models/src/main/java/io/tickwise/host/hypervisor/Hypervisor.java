package io.tickwise.host.hypervisor;

import io.tickwise.engine.Context;
import io.tickwise.engine.Entity;
import io.tickwise.engine.EntityRef;
import io.tickwise.host.cpu.Occupant;
import io.tickwise.host.cpu.PhysicalCore;
import io.tickwise.host.thread.HostThread;
import io.tickwise.host.thread.ThreadTable;
import io.tickwise.host.topology.Topology;
import io.tickwise.host.trace.HostEvent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The host kernel with KVM: it owns the run queues of every logical processor, puts threads
 * that become runnable on a processor by its placement policy, lets a vCPU thread halt-poll
 * after its guest's HLT before it really sleeps, and balances load periodically — an idle core
 * pulls one thread off a shared processor or off a core whose siblings are both busy, at most
 * once per balance interval per socket, which is why collisions last a while; with no idle
 * processor, the busiest queue gives one thread to the least busy when they differ by two.
 */
public final class Hypervisor implements Entity<Hypervisor.Message> {

    /** The source of randomness of placement: which of several equally good processors a thread is put on. */
    public static final String PLACEMENT_STREAM = "host-placement";

    public sealed interface Message permits Wake, Halt, IdleInGuest, Exit, PollExpired, Balance {
    }

    /** The thread has work: run it (a vCPU woken by an IPI, a new task). */
    public record Wake(int thread) implements Message {
    }

    /** The guest on this vCPU thread executed HLT; its next own timer is due at {@code nextTimerAt} (or never). */
    public record Halt(int thread, long nextTimerAt) implements Message {
    }

    /**
     * The guest on this vCPU thread went idle without a VM exit (MWAIT, or HLT with KVM's
     * cpu-pm=on): the thread stays on its processor, charged as running, while the core may sleep.
     * A thread not on a processor yet (a VM that booted this way) is placed as if woken.
     */
    public record IdleInGuest(int thread) implements Message {
    }

    /** The thread is done (a bare-metal task exits): off its processor without polling. */
    public record Exit(int thread) implements Message {
    }

    record PollExpired(int thread, long epoch) implements Message {
    }

    record Balance() implements Message {
    }

    /** Read-only configuration of the host kernel. */
    public record Config(Topology topology, Placement placement, long haltPollNs, long hostWakeupNs,
                         long balanceIntervalNs, ThreadTable threads, boolean traced) {
    }

    private enum State { BLOCKED, RUNNABLE, POLLING, IDLE_IN_GUEST }

    private final Config config;
    private final List<EntityRef<PhysicalCore.Message>> cores;
    private final SplittableRandom placementChoices;
    private final List<List<Occupant>> queues = new ArrayList<>();
    private final State[] state;
    private final int[] processor;
    private final long[] pollEpoch;
    private final boolean[] ranBefore;
    private final int[] queuedSiblings;
    /** Wake-ups, HLT exits and migrations when traced; null otherwise. */
    private final List<HostEvent> events;
    /** How many logical processors have each queue length, to see at once whether queues differ by two. */
    private int[] processorsAtLoad;
    private int maxLoad;
    private int idleProcessorCount;
    private int sharedProcessorCount;
    private int idleCoreCount;
    private int fullCoreCount;
    private boolean balancePending;
    /** The last balance found nothing to move and no queue has changed since: another would find nothing either. */
    private boolean balanceFutile;

    public Hypervisor(Config config, List<EntityRef<PhysicalCore.Message>> cores, SplittableRandom placementChoices) {
        this.config = config;
        this.cores = List.copyOf(cores);
        this.placementChoices = placementChoices;
        for (int lp = 0; lp < config.topology().logicalProcessors(); lp++) {
            queues.add(List.of());
        }
        this.queuedSiblings = new int[config.topology().physicalCores()];
        this.events = config.traced() ? new ArrayList<>() : null;
        this.processorsAtLoad = new int[4];
        this.processorsAtLoad[0] = config.topology().logicalProcessors();
        this.idleProcessorCount = config.topology().logicalProcessors();
        this.idleCoreCount = config.topology().physicalCores();
        int n = config.threads().size();
        this.state = new State[n];
        this.processor = new int[n];
        this.pollEpoch = new long[n];
        this.ranBefore = new boolean[n];
        for (int i = 0; i < n; i++) {
            HostThread t = config.threads().get(i);
            state[i] = State.BLOCKED;
            processor[i] = t.lastRanOn();
            ranBefore[i] = t.lastRanOn() >= 0;
        }
    }

    /** What the host kernel did to threads, in time order; none when untraced. After the run. */
    public List<HostEvent> events() {
        return events == null ? List.of() : List.copyOf(events);
    }

    private void record(Context<Message> context, HostEvent.Kind kind, int thread, int from) {
        if (events != null) {
            events.add(new HostEvent(context.now(), kind, thread, processor[thread], from));
        }
    }

    @Override
    public void receive(Message message, Context<Message> context) {
        if (message instanceof Wake wake) {
            wake(wake.thread(), context);
        } else if (message instanceof Halt halt) {
            if (state[halt.thread()] != State.RUNNABLE) {
                return;
            }
            record(context, HostEvent.Kind.HLT_EXIT, halt.thread(), -1);
            if (config.haltPollNs() > 0) {
                state[halt.thread()] = State.POLLING;
                replace(halt.thread(), Occupant.Mode.POLL, context, Long.MAX_VALUE);
                context.sendSelf(new PollExpired(halt.thread(), ++pollEpoch[halt.thread()]), config.haltPollNs());
            } else {
                block(halt.thread(), halt.nextTimerAt(), context);
            }
        } else if (message instanceof IdleInGuest idle) {
            int thread = idle.thread();
            if (state[thread] == State.RUNNABLE) {
                state[thread] = State.IDLE_IN_GUEST;
                replace(thread, Occupant.Mode.IDLE_IN_GUEST, context, Long.MAX_VALUE);
            } else if (state[thread] == State.BLOCKED) {
                int lp = place(thread, placementChoices);
                state[thread] = State.IDLE_IN_GUEST;
                ranBefore[thread] = true;
                processor[thread] = lp;
                List<Occupant> queue = new ArrayList<>(queues.get(lp));
                queue.add(new Occupant(thread, Occupant.Mode.IDLE_IN_GUEST, 0));
                publish(lp, queue, context, Long.MAX_VALUE);
            }
        } else if (message instanceof Exit exit) {
            if (state[exit.thread()] != State.BLOCKED) {
                block(exit.thread(), Long.MAX_VALUE, context);
            }
        } else if (message instanceof PollExpired expired) {
            if (state[expired.thread()] == State.POLLING && pollEpoch[expired.thread()] == expired.epoch()) {
                block(expired.thread(), Long.MAX_VALUE, context);
            }
        } else if (message instanceof Balance) {
            balancePending = false;
            balance(context);
        }
        scheduleBalance(context);
    }

    private void wake(int thread, Context<Message> context) {
        if (state[thread] != State.RUNNABLE && state[thread] != State.BLOCKED) {
            record(context, HostEvent.Kind.WAKE_UP, thread, -1);
        }
        switch (state[thread]) {
            case RUNNABLE -> {
            }
            case POLLING -> {
                // Halt-polling caught the wake-up: the thread never left its processor.
                state[thread] = State.RUNNABLE;
                pollEpoch[thread]++;
                replace(thread, Occupant.Mode.RUN, context, Long.MAX_VALUE);
            }
            case IDLE_IN_GUEST -> {
                // The guest never left: only the core's own wake-up stands between it and its work.
                state[thread] = State.RUNNABLE;
                replace(thread, Occupant.Mode.RUN, context, Long.MAX_VALUE);
            }
            case BLOCKED -> {
                int lp = place(thread, placementChoices);
                long wakeup = ranBefore[thread] ? config.hostWakeupNs() : 0;
                state[thread] = State.RUNNABLE;
                processor[thread] = lp;
                record(context, ranBefore[thread] ? HostEvent.Kind.WAKE_UP : HostEvent.Kind.FIRST_RUN, thread, -1);
                ranBefore[thread] = true;
                List<Occupant> queue = new ArrayList<>(queues.get(lp));
                queue.add(new Occupant(thread, Occupant.Mode.RUN, wakeup));
                publish(lp, queue, context, Long.MAX_VALUE);
            }
        }
    }

    private void block(int thread, long nextTimerAt, Context<Message> context) {
        int lp = processor[thread];
        state[thread] = State.BLOCKED;
        List<Occupant> queue = new ArrayList<>(queues.get(lp));
        queue.removeIf(o -> o.thread() == thread);
        publish(lp, queue, context, nextTimerAt);
    }

    /** The thread stays where it is but changes what it does there. */
    private void replace(int thread, Occupant.Mode mode, Context<Message> context, long predictedIdle) {
        balanceFutile = false;
        int lp = processor[thread];
        List<Occupant> queue = new ArrayList<>(queues.get(lp));
        for (int i = 0; i < queue.size(); i++) {
            Occupant o = queue.get(i);
            if (o.thread() == thread) {
                queue.set(i, new Occupant(thread, mode, o.wakeupNs()));
            }
        }
        publish(lp, queue, context, predictedIdle);
    }

    private void publish(int lp, List<Occupant> queue, Context<Message> context, long predictedIdle) {
        count(lp, queues.get(lp).size(), queue.size());
        queues.set(lp, List.copyOf(queue));
        Topology topology = config.topology();
        context.send(cores.get(topology.coreOf(lp)),
                new PhysicalCore.RunQueue(topology.threadOf(lp), queues.get(lp), predictedIdle), 0);
    }

    /** Keeps the counts that tell at once whether balancing has anything to do. */
    private void count(int lp, int before, int after) {
        balanceFutile &= before == after;
        if (after >= processorsAtLoad.length) {
            processorsAtLoad = Arrays.copyOf(processorsAtLoad, after * 2);
        }
        processorsAtLoad[before]--;
        processorsAtLoad[after]++;
        maxLoad = Math.max(maxLoad, after);
        while (maxLoad > 0 && processorsAtLoad[maxLoad] == 0) {
            maxLoad--;
        }
        idleProcessorCount += (after == 0 ? 1 : 0) - (before == 0 ? 1 : 0);
        sharedProcessorCount += (after > 1 ? 1 : 0) - (before > 1 ? 1 : 0);
        if ((before == 0) != (after == 0)) {
            int core = config.topology().coreOf(lp);
            int threadsPerCore = config.topology().threadsPerCore();
            int was = queuedSiblings[core];
            int is = was + (after == 0 ? -1 : 1);
            queuedSiblings[core] = is;
            idleCoreCount += (is == 0 ? 1 : 0) - (was == 0 ? 1 : 0);
            fullCoreCount += (is == threadsPerCore ? 1 : 0) - (was == threadsPerCore ? 1 : 0);
        }
    }

    private int place(int thread, SplittableRandom random) {
        HostThread t = config.threads().get(thread);
        if (t.pinnedTo() >= 0 || config.placement() == Placement.PINNED) {
            return t.pinnedTo() >= 0 ? t.pinnedTo() : Math.floorMod(thread, queues.size());
        }
        if (config.placement() == Placement.RANDOM) {
            int idle = idleProcessor(-1, random);
            return idle >= 0 ? idle : random.nextInt(queues.size());
        }
        int prev = processor[thread];
        if (prev >= 0 && queues.get(prev).isEmpty()) {
            return prev;
        }
        int socket = prev >= 0 ? config.topology().socketOf(prev) : -1;
        int core = idleCore(socket, random);
        if (core < 0 && socket >= 0) {
            core = idleCore(-1, random);
        }
        if (core >= 0) {
            return config.topology().logicalProcessor(core, 0);
        }
        int idle = idleProcessor(-1, random);
        return idle >= 0 ? idle : leastLoaded(random);
    }

    /** A fully idle core in {@code socket} (−1: anywhere), uniformly at random (null: the first); −1 if none. */
    private int idleCore(int socket, SplittableRandom random) {
        Topology topology = config.topology();
        int from = socket < 0 ? 0 : socket * topology.coresPerSocket();
        int to = socket < 0 ? topology.physicalCores() : from + topology.coresPerSocket();
        int count = 0;
        for (int core = from; core < to; core++) {
            count += queuedSiblings[core] == 0 ? 1 : 0;
        }
        if (count == 0) {
            return -1;
        }
        int pick = random == null ? 0 : random.nextInt(count);
        for (int core = from; core < to; core++) {
            if (queuedSiblings[core] == 0 && pick-- == 0) {
                return core;
            }
        }
        throw new IllegalStateException("idle core count out of step");
    }

    /** An idle logical processor in {@code socket} (−1: anywhere), uniformly at random (null: the first); −1 if none. */
    private int idleProcessor(int socket, SplittableRandom random) {
        Topology topology = config.topology();
        int perSocket = topology.coresPerSocket() * topology.threadsPerCore();
        int from = socket < 0 ? 0 : socket * perSocket;
        int to = socket < 0 ? queues.size() : from + perSocket;
        int count = 0;
        for (int lp = from; lp < to; lp++) {
            count += queues.get(lp).isEmpty() ? 1 : 0;
        }
        if (count == 0) {
            return -1;
        }
        int pick = random == null ? 0 : random.nextInt(count);
        for (int lp = from; lp < to; lp++) {
            if (queues.get(lp).isEmpty() && pick-- == 0) {
                return lp;
            }
        }
        throw new IllegalStateException("idle processor count out of step");
    }

    private int leastLoaded(SplittableRandom random) {
        int min = Integer.MAX_VALUE;
        List<Integer> best = new ArrayList<>();
        for (int lp = 0; lp < queues.size(); lp++) {
            int load = queues.get(lp).size();
            if (load < min) {
                min = load;
                best.clear();
            }
            if (load == min) {
                best.add(lp);
            }
        }
        return best.get(random.nextInt(best.size()));
    }

    /**
     * One migration per socket: an idle core of the socket pulls a thread from a processor that
     * is shared, or else from a core whose siblings are both busy — in its own socket first,
     * then from any socket.
     */
    private void balance(Context<Message> context) {
        if (config.placement() == Placement.PINNED) {
            return;
        }
        Topology topology = config.topology();
        boolean moved = false;
        for (int socket = 0; socket < topology.sockets(); socket++) {
            int idleLp = idleProcessor(socket, null);
            if (idleLp < 0) {
                continue;
            }
            int idleCore = idleCore(socket, null);
            int victim = pickVictim(socket, idleCore >= 0);
            if (victim < 0) {
                victim = pickVictim(-1, idleCore >= 0);
            }
            if (victim >= 0) {
                migrate(victim, idleCore >= 0 ? topology.logicalProcessor(idleCore, 0) : idleLp, context);
                moved = true;
            }
        }
        if (!moved && idleProcessorCount == 0) {
            moved = evenOut(context);
        }
        balanceFutile = !moved;
    }

    /** Moves one thread from the longest queue to the shortest when they differ by two or more. */
    private boolean evenOut(Context<Message> context) {
        int busiest = 0;
        int idlest = 0;
        for (int lp = 1; lp < queues.size(); lp++) {
            if (queues.get(lp).size() > queues.get(busiest).size()) {
                busiest = lp;
            }
            if (queues.get(lp).size() < queues.get(idlest).size()) {
                idlest = lp;
            }
        }
        int victim = queues.get(busiest).size() - queues.get(idlest).size() >= 2 ? movable(queues.get(busiest)) : -1;
        if (victim < 0) {
            return false;
        }
        migrate(victim, idlest, context);
        return true;
    }

    /** A runnable thread worth moving: one sharing a processor, or (if a whole core is idle) one whose sibling is busy. */
    private int pickVictim(int socket, boolean wholeCoreIdle) {
        Topology topology = config.topology();
        for (int lp = 0; lp < queues.size(); lp++) {
            if (socket >= 0 && topology.socketOf(lp) != socket) {
                continue;
            }
            List<Occupant> queue = queues.get(lp);
            if (queue.size() > 1) {
                return movable(queue);
            }
        }
        if (!wholeCoreIdle || topology.threadsPerCore() < 2) {
            return -1;
        }
        for (int core = 0; core < topology.physicalCores(); core++) {
            if (socket >= 0 && topology.socketOfCore(core) != socket) {
                continue;
            }
            int busy = 0;
            for (int t = 0; t < topology.threadsPerCore(); t++) {
                busy += queues.get(topology.logicalProcessor(core, t)).isEmpty() ? 0 : 1;
            }
            if (busy > 1) {
                return movable(queues.get(topology.logicalProcessor(core, topology.threadsPerCore() - 1)));
            }
        }
        return -1;
    }

    private int movable(List<Occupant> queue) {
        for (int i = queue.size() - 1; i >= 0; i--) {
            Occupant o = queue.get(i);
            if (o.mode() == Occupant.Mode.RUN && config.threads().get(o.thread()).pinnedTo() < 0) {
                return o.thread();
            }
        }
        return -1;
    }

    private void migrate(int thread, int target, Context<Message> context) {
        int from = processor[thread];
        Occupant moving = null;
        List<Occupant> source = new ArrayList<>(queues.get(from));
        for (Occupant o : source) {
            if (o.thread() == thread) {
                moving = o;
            }
        }
        source.remove(moving);
        publish(from, source, context, Long.MAX_VALUE);
        processor[thread] = target;
        record(context, HostEvent.Kind.MIGRATION, thread, from);
        List<Occupant> destination = new ArrayList<>(queues.get(target));
        destination.add(moving);
        publish(target, destination, context, Long.MAX_VALUE);
    }

    private void scheduleBalance(Context<Message> context) {
        if (!balancePending && !balanceFutile && config.placement() != Placement.PINNED && imbalanced()) {
            balancePending = true;
            context.sendSelf(new Balance(), config.balanceIntervalNs());
        }
    }

    private boolean imbalanced() {
        if (idleProcessorCount == 0) {
            return maxLoad - minLoad() >= 2;
        }
        return sharedProcessorCount > 0 || config.topology().threadsPerCore() > 1 && idleCoreCount > 0 && fullCoreCount > 0;
    }

    private int minLoad() {
        int load = 0;
        while (processorsAtLoad[load] == 0) {
            load++;
        }
        return load;
    }
}
