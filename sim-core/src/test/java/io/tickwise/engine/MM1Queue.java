package io.tickwise.engine;

import java.util.ArrayDeque;

/**
 * An M/M/1 queue: a source with exponential inter-arrival times feeding a single exponential
 * server. Zero-delay hand-offs (arrival → server) exercise delta cycles; the run stops itself
 * after {@code customers} departures.
 */
final class MM1Queue implements Simulation<MM1Queue.Result> {

    sealed interface SourceMessage permits NextArrival {
    }

    record NextArrival() implements SourceMessage {
    }

    sealed interface ServerMessage permits Arrival, Departure {
    }

    record Arrival(long at) implements ServerMessage {
    }

    record Departure() implements ServerMessage {
    }

    /** Sojourn times in arrival order, summarised by batch means. */
    record Result(long departures, double meanSojournNs, double[] batchMeansNs, long lastDepartureNs) {
    }

    private final double meanInterArrivalNs;
    private final double meanServiceNs;
    private final int customers;
    private final int batches;
    private Server server;

    MM1Queue(double meanInterArrivalNs, double meanServiceNs, int customers, int batches) {
        this.meanInterArrivalNs = meanInterArrivalNs;
        this.meanServiceNs = meanServiceNs;
        this.customers = customers;
        this.batches = batches;
    }

    @Override
    public void build(World world) {
        server = new Server();
        EntityRef<ServerMessage> serverRef = world.spawn("server", server);
        EntityRef<SourceMessage> source = world.spawn("source", (SourceMessage m, Context<SourceMessage> c) -> {
            c.send(serverRef, new Arrival(c.now()), 0);
            c.sendSelf(new NextArrival(), exponential(c, meanInterArrivalNs));
        });
        world.schedule(source, new NextArrival(), 0);
    }

    @Override
    public Result result(RunStats stats) {
        double[] means = new double[batches];
        int perBatch = customers / batches;
        double total = 0;
        for (int b = 0; b < batches; b++) {
            double sum = 0;
            for (int i = b * perBatch; i < (b + 1) * perBatch; i++) {
                sum += server.sojourns[i];
            }
            means[b] = sum / perBatch;
            total += sum;
        }
        return new Result(server.departures, total / (perBatch * batches), means, stats.endTimeNs());
    }

    private static long exponential(Context<?> c, double mean) {
        return (long) (-mean * Math.log(1.0 - c.random().nextDouble()));
    }

    private final class Server implements Entity<ServerMessage> {
        final ArrayDeque<Long> waiting = new ArrayDeque<>();
        final long[] sojourns = new long[customers];
        int departures;

        @Override
        public void receive(ServerMessage message, Context<ServerMessage> c) {
            if (message instanceof Arrival arrival) {
                waiting.addLast(arrival.at());
                if (waiting.size() == 1) {
                    c.sendSelf(new Departure(), exponential(c, meanServiceNs));
                }
            } else {
                sojourns[departures++] = c.now() - waiting.removeFirst();
                if (departures == customers) {
                    c.stopRun();
                } else if (!waiting.isEmpty()) {
                    c.sendSelf(new Departure(), exponential(c, meanServiceNs));
                }
            }
        }
    }
}
