package io.tickwise.host.power;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ∫P dt of one component whose power is piecewise constant: energy is booked per named state
 * each time the power changes, and the changes can be kept as a trace.
 */
public final class EnergyMeter {
    private final Map<String, Double> joulesByState = new LinkedHashMap<>();
    private final List<PowerStep> trace;
    private long since;
    private double watts;
    private String state;

    public EnergyMeter(String state, double watts, boolean traced) {
        this.state = state;
        this.watts = watts;
        this.trace = traced ? new ArrayList<>() : null;
        record(0);
    }

    /** From {@code now} on the component draws {@code newWatts} in {@code newState}. */
    public void set(long now, String newState, double newWatts) {
        if (newWatts == watts && newState.equals(state)) {
            return;
        }
        if (now > since) {
            joulesByState.merge(state, watts * (now - since) * 1e-9, Double::sum);
            since = now;
        }
        state = newState;
        watts = newWatts;
        record(now);
    }

    private void record(long now) {
        if (trace != null) {
            if (!trace.isEmpty() && trace.get(trace.size() - 1).timeNs() == now) {
                trace.remove(trace.size() - 1);
            }
            trace.add(new PowerStep(now, state, watts));
        }
    }

    /** Energy by state from time 0 to {@code end}, without changing the meter. */
    public Map<String, Double> joulesUntil(long end) {
        Map<String, Double> result = new LinkedHashMap<>(joulesByState);
        if (end > since) {
            result.merge(state, watts * (end - since) * 1e-9, Double::sum);
        }
        return result;
    }

    /** The recorded power changes, or none when tracing is off. */
    public List<PowerStep> trace() {
        return trace == null ? List.of() : List.copyOf(trace);
    }

    /** From {@code timeNs} on, a component is in {@code state} and draws {@code watts}. */
    public record PowerStep(long timeNs, String state, double watts) {
    }
}
