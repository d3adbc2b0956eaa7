package io.tickwise.host.spec;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The numbers of a spec (a host or systems file bound to records) that carry a range, found by
 * their field path as the file spells it ({@code cStates[1].corePowerW}), and copies of the spec
 * with some of them set to other values. Walking the records keeps every spec type free of
 * uncertainty code: a constant that gains a range in its file is sampled without a code change.
 */
public final class RangedConstants {

    /** One ranged number of a spec: its field path, its value, and its range. */
    public record Constant(String path, double value, double low, double high) {
    }

    private RangedConstants() {
    }

    /** Every ranged number of {@code spec}, in the order of the file's fields. */
    public static List<Constant> of(Record spec) {
        List<Constant> found = new ArrayList<>();
        collect(spec, "", found);
        return List.copyOf(found);
    }

    /**
     * {@code spec} with the ranged numbers named in {@code values} (by path) set to those values;
     * every other number, ranged or not, is the file's.
     *
     * @throws IllegalArgumentException when a value lies outside its number's range
     */
    @SuppressWarnings("unchecked")
    public static <T extends Record> T withValues(T spec, Map<String, Double> values) {
        return (T) substitute(spec, "", values);
    }

    private static void collect(Object node, String path, List<Constant> found) {
        if (node instanceof Cited cited) {
            if (cited.ranged()) {
                found.add(new Constant(path, cited.value(), cited.low(), cited.high()));
            }
        } else if (node instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                collect(read(component, record), join(path, component.getName()), found);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), path + "[" + i + "]", found);
            }
        }
    }

    private static Object substitute(Object node, String path, Map<String, Double> values) {
        if (node instanceof Cited cited) {
            Double value = values.get(path);
            return value == null ? cited : cited.withValue(value);
        }
        if (node instanceof Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] arguments = new Object[components.length];
            boolean changed = false;
            for (int i = 0; i < components.length; i++) {
                Object old = read(components[i], record);
                arguments[i] = substitute(old, join(path, components[i].getName()), values);
                changed |= arguments[i] != old;
            }
            return changed ? construct(record.getClass(), components, arguments) : record;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            boolean changed = false;
            for (int i = 0; i < list.size(); i++) {
                copy.add(substitute(list.get(i), path + "[" + i + "]", values));
                changed |= copy.get(i) != list.get(i);
            }
            return changed ? List.copyOf(copy) : list;
        }
        return node;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of a spec", e);
        }
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] arguments) {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("cannot rebuild " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + type.getSimpleName(), e);
        }
    }
}
