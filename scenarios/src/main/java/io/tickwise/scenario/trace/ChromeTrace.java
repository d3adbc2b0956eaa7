package io.tickwise.scenario.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.tickwise.host.cpu.Occupant;
import io.tickwise.host.power.EnergyMeter.PowerStep;
import io.tickwise.host.topology.Topology;
import io.tickwise.host.trace.FrequencyStep;
import io.tickwise.host.trace.HostEvent;
import io.tickwise.host.trace.HostTrace;
import io.tickwise.host.trace.RunSlice;
import io.tickwise.kernel.trace.GuestStep;
import io.tickwise.kernel.trace.GuestTrace;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a traced run in the Chrome Trace Event Format (a JSON object with {@code traceEvents}),
 * which Perfetto UI and chrome://tracing open. Each socket is a process; each logical processor
 * a thread named as Linux names it ({@code cpu17}) with its core and sibling, sorted so that
 * siblings sit together, followed by a track of the core's power states. A processor's slices
 * cannot overlap — X events on one track must nest — so an interval in which several host
 * threads share a processor (processor sharing in fluid fidelity) is one slice naming all of them,
 * each with an equal {@code share} of it. Frequency and package power (uncore and the socket's
 * cores) are counters per socket; wake-ups, new threads, HLT exits and migrations are instants
 * on the processor concerned, one in k kept when a kind has more than {@value #MAX_INSTANTS_PER_KIND}.
 * A system with a guest kernel (the Ubuntu VM, the multicore unikernel) gets one more process:
 * a track per vCPU with what the guest ran on it (the tasks on its run queue, or the unikernel
 * processor's phase), and each host slice of a vCPU thread names those in {@code args.guest}.
 * Times are µs of simulated time.
 */
public final class ChromeTrace {
    /** Beyond this many instants of one kind a viewer slows down and the file grows for no insight. */
    static final int MAX_INSTANTS_PER_KIND = 20_000;

    /** A host slice names at most this many of the guest's labels in its args; a viewer shows the rest on the guest's tracks. */
    private static final int MAX_GUEST_LABELS = 8;

    private final HostTrace trace;
    private final Optional<GuestTrace> guest;
    /** The guest's vCPU run by each host thread, −1 for a host thread that is no vCPU of a traced guest. */
    private final int[] vcpuOfThread;
    private final TraceInfo info;
    private final Topology topology;
    private final JsonGenerator json;

    private ChromeTrace(HostTrace trace, Optional<GuestTrace> guest, TraceInfo info, JsonGenerator json) {
        this.trace = trace;
        this.guest = guest;
        this.vcpuOfThread = new int[trace.threadNames().size()];
        Arrays.fill(vcpuOfThread, -1);
        guest.ifPresent(g -> {
            for (int v = 0; v < g.hostThreads().size(); v++) {
                vcpuOfThread[g.hostThreads().get(v)] = v;
            }
        });
        this.info = info;
        this.topology = trace.topology();
        this.json = json;
    }

    /** Writes the host's trace and, if there is one, the guest's, to {@code out}, which stays open. */
    public static void write(HostTrace trace, Optional<GuestTrace> guest, TraceInfo info, OutputStream out) throws IOException {
        try (JsonGenerator json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out)) {
            new ChromeTrace(trace, guest, info, json).write();
        }
    }

    /** The name of the thread track of logical processor {@code lp}: Linux's {@code cpuN}. */
    public static String cpuName(Topology topology, int lp) {
        return "cpu" + topology.linuxCpu(lp);
    }

    private void write() throws IOException {
        json.writeStartObject();
        json.writeStringField("displayTimeUnit", "ms");
        writeInfo();
        json.writeArrayFieldStart("traceEvents");
        writeTracks();
        for (int lp = 0; lp < topology.logicalProcessors(); lp++) {
            for (RunSlice slice : trace.processors().get(lp)) {
                writeSlice(lp, slice);
            }
        }
        for (int core = 0; core < topology.physicalCores(); core++) {
            writePowerStates(core);
        }
        for (int socket = 0; socket < topology.sockets(); socket++) {
            writeClock(socket);
            writePackagePower(socket);
        }
        writeInstants();
        if (guest.isPresent()) {
            writeGuest(guest.get());
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void writeInfo() throws IOException {
        json.writeObjectFieldStart("otherData");
        json.writeStringField("scenario", info.scenario());
        json.writeStringField("host", info.host());
        json.writeStringField("system", info.system());
        json.writeNumberField("tasks", info.tasks());
        json.writeNumberField("repetition", info.repetition());
        json.writeNumberField("seed", info.seed());
        json.writeStringField("engine", info.engine());
        json.writeStringField("fidelity", info.fidelity());
        json.writeStringField("options", info.options());
        json.writeNumberField("timeSeconds", info.timeNs() * 1e-9);
        json.writeNumberField("ticks", info.ticks());
        json.writeNumberField("energyJoules", info.energyJoules());
        json.writeStringField("timeUnit", "µs of simulated time");
        json.writeStringField("sharedSlices", "a slice naming several threads: they shared the processor, "
                + "each running for args.share of it (processor sharing)");
        json.writeEndObject();
    }

    private int pid(int socket) {
        return socket + 1;
    }

    private int coreTrack(int core) {
        return topology.logicalProcessors() + core;
    }

    private void writeTracks() throws IOException {
        int perCore = topology.threadsPerCore() + 1;
        for (int socket = 0; socket < topology.sockets(); socket++) {
            metadata("process_name", pid(socket), -1, "name", "socket " + socket);
            metadata("process_sort_index", pid(socket), -1, "sort_index", socket);
        }
        for (int lp = 0; lp < topology.logicalProcessors(); lp++) {
            int core = topology.coreOf(lp);
            StringBuilder name = new StringBuilder(cpuName(topology, lp)).append(" (core ").append(core);
            for (int t = 0; t < topology.threadsPerCore(); t++) {
                int sibling = topology.logicalProcessor(core, t);
                if (sibling != lp) {
                    name.append(", sibling ").append(cpuName(topology, sibling));
                }
            }
            name.append(')');
            int pid = pid(topology.socketOf(lp));
            metadata("thread_name", pid, topology.linuxCpu(lp), "name", name.toString());
            metadata("thread_sort_index", pid, topology.linuxCpu(lp), "sort_index", core * perCore + topology.threadOf(lp));
        }
        for (int core = 0; core < topology.physicalCores(); core++) {
            int pid = pid(topology.socketOfCore(core));
            metadata("thread_name", pid, coreTrack(core), "name", "core " + core + " power state");
            metadata("thread_sort_index", pid, coreTrack(core), "sort_index", core * perCore + perCore - 1);
        }
    }

    private void metadata(String name, int pid, int tid, String key, Object value) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", name);
        json.writeStringField("ph", "M");
        json.writeNumberField("pid", pid);
        if (tid >= 0) {
            json.writeNumberField("tid", tid);
        }
        json.writeObjectFieldStart("args");
        if (value instanceof Integer number) {
            json.writeNumberField(key, number);
        } else {
            json.writeStringField(key, value.toString());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    private void writeSlice(int lp, RunSlice slice) throws IOException {
        List<Occupant> occupants = slice.occupants();
        StringBuilder name = new StringBuilder();
        for (Occupant o : occupants) {
            name.append(name.length() == 0 ? "" : " + ").append(ThreadLabel.of(o, trace.threadNames()));
        }
        begin(name.toString(), "X", "run", topology.socketOf(lp), topology.linuxCpu(lp), slice.startNs());
        json.writeFieldName("dur");
        json.writeNumber(Micros.of(slice.endNs() - slice.startNs()));
        json.writeObjectFieldStart("args");
        json.writeStringField("system", info.system());
        json.writeArrayFieldStart("threads");
        for (Occupant o : occupants) {
            json.writeString(trace.threadNames().get(o.thread()));
        }
        json.writeEndArray();
        json.writeArrayFieldStart("modes");
        for (Occupant o : occupants) {
            json.writeString(mode(o.mode()));
        }
        json.writeEndArray();
        json.writeNumberField("share", 1.0 / occupants.size());
        writeGuestArgs(occupants, slice);
        json.writeEndObject();
        end();
    }

    /** What the guest ran on the vCPUs among {@code occupants} during the slice. */
    private void writeGuestArgs(List<Occupant> occupants, RunSlice slice) throws IOException {
        Set<String> labels = new LinkedHashSet<>();
        boolean more = false;
        for (Occupant o : occupants) {
            int vcpu = vcpuOfThread[o.thread()];
            if (vcpu < 0) {
                continue;
            }
            List<GuestStep> steps = guest.orElseThrow().vcpus().get(vcpu);
            for (int i = lastAtOrBefore(steps, slice.startNs()); i < steps.size() && steps.get(i).timeNs() < slice.endNs(); i++) {
                if (!steps.get(i).label().isEmpty()) {
                    more |= labels.size() == MAX_GUEST_LABELS && !labels.contains(steps.get(i).label());
                    if (labels.size() < MAX_GUEST_LABELS) {
                        labels.add(steps.get(i).label());
                    }
                }
            }
        }
        if (!labels.isEmpty()) {
            json.writeArrayFieldStart("guest");
            for (String label : labels) {
                json.writeString(label);
            }
            if (more) {
                json.writeString("…");
            }
            json.writeEndArray();
        }
    }

    private static int lastAtOrBefore(List<GuestStep> steps, long timeNs) {
        int low = 0;
        int high = steps.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (steps.get(mid).timeNs() <= timeNs) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** A process for the guest kernel: a track per vCPU with what the guest ran on it. */
    private void writeGuest(GuestTrace guestTrace) throws IOException {
        int pid = pid(topology.sockets());
        metadata("process_name", pid, -1, "name", "guest: " + guestTrace.kernel());
        metadata("process_sort_index", pid, -1, "sort_index", topology.sockets());
        for (int v = 0; v < guestTrace.vcpus().size(); v++) {
            metadata("thread_name", pid, v, "name", "vcpu " + v + " (host thread "
                    + trace.threadNames().get(guestTrace.hostThreads().get(v)) + ")");
            metadata("thread_sort_index", pid, v, "sort_index", v);
            List<GuestStep> steps = guestTrace.vcpus().get(v);
            for (int i = 0; i < steps.size(); i++) {
                GuestStep step = steps.get(i);
                long end = Math.min(trace.endNs(), i + 1 < steps.size() ? steps.get(i + 1).timeNs() : trace.endNs());
                if (step.label().isEmpty() || end <= step.timeNs()) {
                    continue;
                }
                begin(step.label(), "X", "guest", topology.sockets(), v, step.timeNs());
                json.writeFieldName("dur");
                json.writeNumber(Micros.of(end - step.timeNs()));
                json.writeObjectFieldStart("args");
                json.writeStringField("system", info.system());
                json.writeStringField("vcpu", "vcpu " + v);
                json.writeEndObject();
                end();
            }
        }
    }

    private static String mode(Occupant.Mode mode) {
        return switch (mode) {
            case RUN -> "run";
            case POLL -> "halt-poll";
            case IDLE_IN_GUEST -> "idle-in-guest";
        };
    }

    /** The core's power state as slices, a state held across several power draws being one slice. */
    private void writePowerStates(int core) throws IOException {
        List<PowerStep> steps = trace.cores().get(core);
        int socket = topology.socketOfCore(core);
        for (int i = 0; i < steps.size(); ) {
            PowerStep first = steps.get(i);
            int next = i + 1;
            while (next < steps.size() && steps.get(next).state().equals(first.state())) {
                next++;
            }
            long end = Math.min(trace.endNs(), next < steps.size() ? steps.get(next).timeNs() : trace.endNs());
            if (end > first.timeNs()) {
                begin(first.state(), "X", "power-state", socket, coreTrack(core), first.timeNs());
                json.writeFieldName("dur");
                json.writeNumber(Micros.of(end - first.timeNs()));
                end();
            }
            i = next;
        }
    }

    private void writeClock(int socket) throws IOException {
        for (FrequencyStep step : trace.clocks().get(socket)) {
            if (step.timeNs() <= trace.endNs()) {
                counter("frequency", socket, step.timeNs(), "GHz", step.ghz());
            }
        }
    }

    /** Uncore plus the socket's cores, summed at every instant any of them changed. */
    private void writePackagePower(int socket) throws IOException {
        List<List<PowerStep>> parts = new ArrayList<>();
        parts.add(trace.packages().get(socket));
        for (int core = socket * topology.coresPerSocket(); core < (socket + 1) * topology.coresPerSocket(); core++) {
            parts.add(trace.cores().get(core));
        }
        TreeSet<Long> instants = new TreeSet<>();
        parts.forEach(p -> p.forEach(step -> instants.add(step.timeNs())));
        int[] cursor = new int[parts.size()];
        for (long t : instants.headSet(trace.endNs(), true)) {
            double watts = 0;
            for (int i = 0; i < parts.size(); i++) {
                List<PowerStep> part = parts.get(i);
                while (cursor[i] + 1 < part.size() && part.get(cursor[i] + 1).timeNs() <= t) {
                    cursor[i]++;
                }
                watts += part.get(cursor[i]).watts();
            }
            counter("package power", socket, t, "W", watts);
        }
    }

    private void counter(String name, int socket, long timeNs, String series, double value) throws IOException {
        begin(name, "C", "power", socket, -1, timeNs);
        json.writeObjectFieldStart("args");
        json.writeNumberField(series, value);
        json.writeEndObject();
        end();
    }

    private void writeInstants() throws IOException {
        Map<HostEvent.Kind, Integer> counts = new EnumMap<>(HostEvent.Kind.class);
        trace.events().forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
        Map<HostEvent.Kind, Integer> seen = new EnumMap<>(HostEvent.Kind.class);
        for (HostEvent event : trace.events()) {
            int stride = (counts.get(event.kind()) + MAX_INSTANTS_PER_KIND - 1) / MAX_INSTANTS_PER_KIND;
            int index = seen.merge(event.kind(), 1, Integer::sum) - 1;
            if (index % stride != 0 || event.timeNs() > trace.endNs()) {
                continue;
            }
            String[] nameAndCategory = switch (event.kind()) {
                case WAKE_UP -> new String[] {"wake-up", "ipi"};
                case FIRST_RUN -> new String[] {"new thread", "sched"};
                case HLT_EXIT -> new String[] {"VM exit (HLT)", "vm-exit"};
                case MIGRATION -> new String[] {"migration", "migration"};
            };
            begin(nameAndCategory[0], "i", nameAndCategory[1], topology.socketOf(event.processor()),
                    topology.linuxCpu(event.processor()), event.timeNs());
            json.writeStringField("s", "t");
            json.writeObjectFieldStart("args");
            json.writeStringField("thread", trace.threadNames().get(event.thread()));
            if (event.from() >= 0) {
                json.writeStringField("from", cpuName(topology, event.from()));
            }
            if (stride > 1) {
                json.writeStringField("sampled", "1 in " + stride + " of " + counts.get(event.kind()));
            }
            json.writeEndObject();
            end();
        }
    }

    private void begin(String name, String phase, String category, int socket, int tid, long timeNs) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", name);
        json.writeStringField("cat", category);
        json.writeStringField("ph", phase);
        json.writeNumberField("pid", pid(socket));
        if (tid >= 0) {
            json.writeNumberField("tid", tid);
        }
        json.writeFieldName("ts");
        json.writeNumber(Micros.of(timeNs));
    }

    private void end() throws IOException {
        json.writeEndObject();
        json.writeRaw('\n');
    }
}
