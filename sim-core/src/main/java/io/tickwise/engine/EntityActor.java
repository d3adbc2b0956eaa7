package io.tickwise.engine;

import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;

import java.util.ArrayList;
import java.util.List;

/** One entity as its own Pekko actor under the actors executor: handles a batch, returns what it sent. */
final class EntityActor extends AbstractBehavior<EntityActor.Command> {

    sealed interface Command permits Deliver {
    }

    /** The entity's messages of one round, already in key order. */
    record Deliver(List<Event> events, ActorRef<ClockActor.Command> replyTo) implements Command {
    }

    private final EntityCell<?> cell;
    private List<Event> outbox = new ArrayList<>();

    private EntityActor(ActorContext<Command> context, EntityCell<?> cell) {
        super(context);
        this.cell = cell;
        cell.sendTo((time, delta, sender, sequence, target, message) ->
                outbox.add(new Event(time, delta, sender, sequence, target, message)));
    }

    static Behavior<Command> create(EntityCell<?> cell) {
        return Behaviors.setup(context -> new EntityActor(context, cell));
    }

    @Override
    public Receive<Command> createReceive() {
        return newReceiveBuilder().onMessage(Deliver.class, this::onDeliver).build();
    }

    private Behavior<Command> onDeliver(Deliver deliver) {
        boolean stop = false;
        RuntimeException failure = null;
        int handled = 0;
        try {
            for (Event event : deliver.events()) {
                cell.deliver(event);
                handled++;
                stop |= cell.takeStopRequest();
            }
        } catch (RuntimeException e) {
            // EntityCell has already turned anything else the model threw into a ModelFailure.
            failure = e;
        }
        List<Event> produced = outbox;
        outbox = new ArrayList<>();
        deliver.replyTo().tell(new ClockActor.Delivered(produced, handled, stop, failure));
        return this;
    }
}
