package io.tickwise.kernel.experiment;

import io.tickwise.engine.Context;
import io.tickwise.engine.Entity;
import io.tickwise.engine.Port;

import java.util.List;

/**
 * The experiment's client: sends the request to every server (one for a multicore system, one
 * per VM for single-core unikernels), one datagram after another, and stops the clock when the
 * last answer is in — the paper's "time for the whole process".
 */
public final class Client implements Entity<Client.Message> {

    public sealed interface Message permits Start, Answer {
    }

    public record Start() implements Message {
    }

    record Answer(Reply reply) implements Message {
    }

    private final long udpOneWayNs;
    private final long sendNs;
    private List<Port<Request>> servers = List.of();
    private List<Integer> tasksPerServer = List.of();
    private Port<Reply> replies;
    private int expected;
    private int answered;
    private long finishedAt = -1;

    public Client(long udpOneWayNs, long sendNs) {
        this.udpOneWayNs = udpOneWayNs;
        this.sendNs = sendNs;
    }

    /** Wired while the run is built. */
    public void wire(Port<Reply> replies, List<Port<Request>> servers, List<Integer> tasksPerServer) {
        this.replies = replies;
        this.servers = List.copyOf(servers);
        this.tasksPerServer = List.copyOf(tasksPerServer);
    }

    public static Message answer(Reply reply) {
        return new Answer(reply);
    }

    /** When the last answer arrived; −1 if the run ended without it. */
    public long finishedAt() {
        return finishedAt;
    }

    @Override
    public void receive(Message message, Context<Message> context) {
        if (message instanceof Start) {
            for (int i = 0; i < servers.size(); i++) {
                expected += tasksPerServer.get(i);
                servers.get(i).send(context, new Request(tasksPerServer.get(i), replies), (i + 1) * sendNs + udpOneWayNs);
            }
        } else if (message instanceof Answer answer) {
            answered += answer.reply().tasks();
            if (answered == expected) {
                finishedAt = context.now();
                context.stopRun();
            }
        } else {
            throw new IllegalStateException("unhandled message " + message.getClass().getSimpleName());
        }
    }
}
