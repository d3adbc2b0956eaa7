package io.tickwise.host.power;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * ∫P dt of one component whose power is piecewise constant: energy is booked per named state
 * each time the power changes, and the changes can be kept as a trace.
 */
public final class EnergyMeter {
    /** Energy booked per state, in the order states were first booked; a few states, so a list beats a map. */
    private final List<String> bookedStates = new ArrayList<>(8);
    private double[] bookedJoules = new double[8];
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
            book(state, watts * (now - since) * 1e-9);
            since = now;
        }
        state = newState;
        watts = newWatts;
        record(now);
    }

    private void book(String bookedState, double joules) {
        int i = 0;
        while (i < bookedStates.size() && !bookedStates.get(i).equals(bookedState)) {
            i++;
        }
        if (i == bookedStates.size()) {
            bookedStates.add(bookedState);
            if (i == bookedJoules.length) {
                bookedJoules = Arrays.copyOf(bookedJoules, 2 * i);
            }
        }
        bookedJoules[i] += joules;
    }

    private void record(long now) {
        if (trace != null) {
            if (!trace.isEmpty() && trace.get(trace.size() - 1).timeNs() == now) {
                trace.remove(trace.size() - 1);
            }
            trace.add(new PowerStep(now, state, watts));
        }
    }

    /**
     * Adds the energy of each state from time 0 to {@code end} into {@code byState}, without
     * changing the meter; straight from the booked arrays, as a host's measurements run after
     * every run for every core.
     */
    public void addJoulesUntil(long end, Map<String, Double> byState) {
        boolean current = end > since;
        double currentJoules = watts * (end - since) * 1e-9;
        boolean currentBooked = false;
        for (int i = 0; i < bookedStates.size(); i++) {
            String booked = bookedStates.get(i);
            double joules = bookedJoules[i];
            if (current && booked.equals(state)) {
                joules += currentJoules;
                currentBooked = true;
            }
            byState.merge(booked, joules, Double::sum);
        }
        if (current && !currentBooked) {
            byState.merge(state, currentJoules, Double::sum);
        }
    }

    /** The recorded power changes, or none when tracing is off. */
    public List<PowerStep> trace() {
        return trace == null ? List.of() : List.copyOf(trace);
    }

    /** From {@code timeNs} on, a component is in {@code state} and draws {@code watts}. */
    public record PowerStep(long timeNs, String state, double watts) {
    }
}
