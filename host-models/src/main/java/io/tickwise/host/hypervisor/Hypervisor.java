package io.tickwise.host.hypervisor;

import io.tickwise.engine.Context;
import io.tickwise.engine.Entity;
import io.tickwise.engine.EntityRef;
import io.tickwise.host.cpu.Occupant;
import io.tickwise.host.cpu.PhysicalCore;
import io.tickwise.host.hypervisor.HostThreadStates.State;
import io.tickwise.host.sched.SchedDomain;
import io.tickwise.host.thread.ThreadTable;
import io.tickwise.host.topology.Topology;
import io.tickwise.host.trace.HostEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The host kernel with KVM, as an entity: it hears what host threads do (woken, halted by
 * their guest, idle in their guest, exited), keeps their states, puts runnable ones on a
 * processor by its placement policy, lets a vCPU thread halt-poll after its guest's HLT before
 * it really sleeps, balances load periodically, and tells each physical core what its
 * logical processors' run queues now hold.
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
                         long balanceIntervalNs, SchedDomain smtDomain, SchedDomain socketDomain,
                         SchedDomain machineDomain, ThreadTable threads, boolean traced) {
    }

    private final Config config;
    private final List<EntityRef<PhysicalCore.Message>> cores;
    private final SplittableRandom placementChoices;
    private final HostRunQueues queues;
    private final HostThreadStates states;
    private final HostPlacement placement;
    private final HostBalancer balancer;
    /** Wake-ups, HLT exits and migrations when traced; null otherwise. */
    private final List<HostEvent> events;
    private boolean balancePending;

    public Hypervisor(Config config, List<EntityRef<PhysicalCore.Message>> cores, SplittableRandom placementChoices) {
        this.config = config;
        this.cores = List.copyOf(cores);
        this.placementChoices = placementChoices;
        this.queues = new HostRunQueues(config.topology());
        this.states = new HostThreadStates(config.threads());
        this.placement = new HostPlacement(config.placement(), config.topology(), config.threads(), queues);
        this.balancer = new HostBalancer(config.topology(), config.threads(), queues,
                new HostBalancer.Domains(config.smtDomain(), config.socketDomain(), config.machineDomain()));
        this.events = config.traced() ? new ArrayList<>() : null;
    }

    /** What the host kernel did to threads, in time order; none when untraced. After the run. */
    public List<HostEvent> events() {
        return events == null ? List.of() : List.copyOf(events);
    }

    private void record(Context<Message> context, HostEvent.Kind kind, int thread, int from) {
        if (events != null) {
            events.add(new HostEvent(context.now(), kind, thread, states.processor(thread), from));
        }
    }

    @Override
    public void receive(Message message, Context<Message> context) {
        if (message instanceof Wake wake) {
            wake(wake.thread(), context);
        } else if (message instanceof Halt halt) {
            halt(halt.thread(), halt.nextTimerAt(), context);
        } else if (message instanceof IdleInGuest idle) {
            idleInGuest(idle.thread(), context);
        } else if (message instanceof Exit exit) {
            if (states.state(exit.thread()) != State.BLOCKED) {
                block(exit.thread(), Long.MAX_VALUE, context);
            }
        } else if (message instanceof PollExpired expired) {
            if (states.pollingIn(expired.thread(), expired.epoch())) {
                block(expired.thread(), Long.MAX_VALUE, context);
            }
        } else if (message instanceof Balance) {
            balancePending = false;
            if (config.placement() != Placement.PINNED) {
                balancer.balance((thread, target) -> migrate(thread, target, context));
            }
        } else {
            throw new IllegalStateException("unhandled message " + message.getClass().getSimpleName());
        }
        scheduleBalance(context);
    }

    private void wake(int thread, Context<Message> context) {
        State was = states.state(thread);
        if (was != State.RUNNABLE && was != State.BLOCKED) {
            record(context, HostEvent.Kind.WAKE_UP, thread, -1);
        }
        switch (was) {
            case RUNNABLE -> {
            }
            case POLLING -> {
                // Halt-polling caught the wake-up: the thread never left its processor.
                states.stopPolling(thread);
                replace(thread, Occupant.Mode.RUN, context, Long.MAX_VALUE);
            }
            case IDLE_IN_GUEST -> {
                // The guest never left: only the core's own wake-up stands between it and its work.
                states.set(thread, State.RUNNABLE);
                replace(thread, Occupant.Mode.RUN, context, Long.MAX_VALUE);
            }
            case BLOCKED -> {
                boolean ranBefore = states.ranBefore(thread);
                int lp = placement.place(thread, states.processor(thread), placementChoices);
                states.set(thread, State.RUNNABLE);
                states.placeOn(thread, lp);
                record(context, ranBefore ? HostEvent.Kind.WAKE_UP : HostEvent.Kind.FIRST_RUN, thread, -1);
                publish(lp, Occupants.with(queues.queue(lp),
                        new Occupant(thread, Occupant.Mode.RUN, ranBefore ? config.hostWakeupNs() : 0)), context, Long.MAX_VALUE);
            }
        }
    }

    private void halt(int thread, long nextTimerAt, Context<Message> context) {
        if (states.state(thread) != State.RUNNABLE) {
            return;
        }
        record(context, HostEvent.Kind.HLT_EXIT, thread, -1);
        if (config.haltPollNs() > 0) {
            long epoch = states.startPolling(thread);
            replace(thread, Occupant.Mode.POLL, context, Long.MAX_VALUE);
            context.sendSelf(new PollExpired(thread, epoch), config.haltPollNs());
        } else {
            block(thread, nextTimerAt, context);
        }
    }

    private void idleInGuest(int thread, Context<Message> context) {
        if (states.state(thread) == State.RUNNABLE) {
            states.set(thread, State.IDLE_IN_GUEST);
            replace(thread, Occupant.Mode.IDLE_IN_GUEST, context, Long.MAX_VALUE);
        } else if (states.state(thread) == State.BLOCKED) {
            int lp = placement.place(thread, states.processor(thread), placementChoices);
            states.set(thread, State.IDLE_IN_GUEST);
            states.placeOn(thread, lp);
            publish(lp, Occupants.with(queues.queue(lp), new Occupant(thread, Occupant.Mode.IDLE_IN_GUEST, 0)), context,
                    Long.MAX_VALUE);
        }
    }

    private void block(int thread, long nextTimerAt, Context<Message> context) {
        int lp = states.processor(thread);
        states.set(thread, State.BLOCKED);
        publish(lp, Occupants.without(queues.queue(lp), thread), context, nextTimerAt);
    }

    /** The thread stays where it is but changes what it does there. */
    private void replace(int thread, Occupant.Mode mode, Context<Message> context, long predictedIdle) {
        balancer.queuesChanged();
        int lp = states.processor(thread);
        publish(lp, Occupants.withMode(queues.queue(lp), thread, mode), context, predictedIdle);
    }

    private void publish(int lp, List<Occupant> queue, Context<Message> context, long predictedIdle) {
        if (queue.size() != queues.load(lp)) {
            balancer.queuesChanged();
        }
        queues.set(lp, queue);
        Topology topology = config.topology();
        context.send(cores.get(topology.coreOf(lp)),
                new PhysicalCore.RunQueue(topology.threadOf(lp), queues.queue(lp), predictedIdle), 0);
    }

    private void migrate(int thread, int target, Context<Message> context) {
        int from = states.processor(thread);
        Occupant moving = null;
        for (Occupant o : queues.queue(from)) {
            if (o.thread() == thread) {
                moving = o;
            }
        }
        publish(from, Occupants.without(queues.queue(from), thread), context, Long.MAX_VALUE);
        states.placeOn(thread, target);
        record(context, HostEvent.Kind.MIGRATION, thread, from);
        publish(target, Occupants.with(queues.queue(target), moving), context, Long.MAX_VALUE);
    }

    private void scheduleBalance(Context<Message> context) {
        if (!balancePending && config.placement() != Placement.PINNED && balancer.due()) {
            balancePending = true;
            context.sendSelf(new Balance(), config.balanceIntervalNs());
        }
    }
}
