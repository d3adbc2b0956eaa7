package io.tickwise.host.cpu;

import io.tickwise.engine.Context;
import io.tickwise.engine.Entity;
import io.tickwise.engine.EntityRef;
import io.tickwise.host.power.EnergyMeter;
import io.tickwise.host.power.TurboTable;
import io.tickwise.host.trace.FrequencyStep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A processor package: counts its active cores, sets their clock from the turbo table at the
 * ticks of its power-control loop (changes within one interval reach the cores as one), and
 * draws uncore power while any core is active (a package idle state needs all cores in C3/C6).
 * Only active cores are told of a new clock; a core that becomes active hears the clock then,
 * if it changed while the core slept (an idle core's power does not depend on the clock).
 */
public final class Socket implements Entity<Socket.Message> {

    public sealed interface Message permits CoreActivity, ControlTick {
    }

    /** A core of this socket became active (C0, or an idle state that counts as active) or not. */
    public record CoreActivity(int core, boolean active) implements Message {
    }

    /** The power-control loop's tick at which a pending clock change takes effect. */
    record ControlTick() implements Message {
    }

    private final TurboTable turbo;
    private final double uncoreActiveW;
    private final double uncoreIdleW;
    private final EnergyMeter meter;
    private final long controlIntervalNs;
    /** The clock over time when traced; null otherwise. */
    private final List<FrequencyStep> clockTrace;
    private boolean tickPending;
    private List<EntityRef<PhysicalCore.Message>> cores = List.of();
    private int firstCore;
    private boolean[] coreActive = new boolean[0];
    private double[] clockTold = new double[0];
    private int active;
    private double ghz;

    /** {@code initiallyActive}: cores whose first idle state already counts as active (C-states disabled). */
    public Socket(TurboTable turbo, long controlIntervalNs, double uncoreActiveW, double uncoreIdleW,
                  int initiallyActive, boolean traced) {
        this.turbo = turbo;
        this.controlIntervalNs = controlIntervalNs;
        this.uncoreActiveW = uncoreActiveW;
        this.uncoreIdleW = uncoreIdleW;
        this.active = initiallyActive;
        this.ghz = turbo.ghz(initiallyActive);
        this.meter = active > 0 ? new EnergyMeter("package-active", uncoreActiveW, traced)
                : new EnergyMeter("package-idle", uncoreIdleW, traced);
        this.clockTrace = traced ? new ArrayList<>(List.of(new FrequencyStep(0, ghz))) : null;
    }

    /** The socket's cores (numbered from {@code firstCore}), wired while the host is built. */
    public void wire(List<EntityRef<PhysicalCore.Message>> cores, int firstCore) {
        this.cores = List.copyOf(cores);
        this.firstCore = firstCore;
        this.coreActive = new boolean[cores.size()];
        this.clockTold = new double[cores.size()];
        Arrays.fill(coreActive, active > 0);
        Arrays.fill(clockTold, ghz);
    }

    public double ghz() {
        return ghz;
    }

    public EnergyMeter meter() {
        return meter;
    }

    /** The clock's changes, from time 0; none when untraced. */
    public List<FrequencyStep> clockTrace() {
        return clockTrace == null ? List.of() : List.copyOf(clockTrace);
    }

    @Override
    public void receive(Message message, Context<Message> context) {
        long now = context.now();
        if (message instanceof CoreActivity activity) {
            int index = activity.core() - firstCore;
            coreActive[index] = activity.active();
            active += activity.active() ? 1 : -1;
            if (activity.active() && clockTold[index] != ghz) {
                tell(context, index);
            }
            meter.set(now, active > 0 ? "package-active" : "package-idle", active > 0 ? uncoreActiveW : uncoreIdleW);
            if (turbo.ghz(active) != ghz && !tickPending) {
                tickPending = true;
                context.sendSelf(new ControlTick(), controlIntervalNs - Math.floorMod(now, controlIntervalNs));
            }
        } else if (message instanceof ControlTick) {
            tickPending = false;
            double clock = turbo.ghz(active);
            if (clock != ghz) {
                ghz = clock;
                if (clockTrace != null) {
                    clockTrace.add(new FrequencyStep(now, ghz));
                }
                for (int i = 0; i < cores.size(); i++) {
                    if (coreActive[i]) {
                        tell(context, i);
                    }
                }
            }
        } else {
            throw new IllegalStateException("unhandled message " + message.getClass().getSimpleName());
        }
    }

    private void tell(Context<Message> context, int index) {
        clockTold[index] = ghz;
        context.send(cores.get(index), new PhysicalCore.ClockChanged(ghz), 0);
    }
}
