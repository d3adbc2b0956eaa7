package io.tickwise.metrics;

import io.tickwise.results.Summary;
import org.HdrHistogram.Histogram;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * One metric of one point over its repetitions, in base units. Percentiles come from an
 * HdrHistogram of the values (three significant digits), clamped to the exact minimum and
 * maximum; the mean is exact, summed in repetition order so the same values give the same
 * bits whatever order the repetitions finished in. The values themselves are kept in
 * repetition order: repetition r of two points that share their random streams is a pair.
 *
 * <p>The histogram is built when percentiles are asked for, not kept: with values of ten
 * digits its counts take about 200 KiB, and a sweep holds thousands of distributions until its
 * report is written.
 */
public final class Distribution {
    private static final int SIGNIFICANT_DIGITS = 3;

    private final long[] values;
    private final long sum;
    private final long min;
    private final long max;

    private Distribution(long[] values, long sum, long min, long max) {
        this.values = values;
        this.sum = sum;
        this.min = min;
        this.max = max;
    }

    /** The distribution of {@code values} (base units), given in repetition order. */
    public static Distribution of(long[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a distribution needs at least one value");
        }
        long sum = 0;
        long min = Long.MAX_VALUE;
        long max = 0;
        for (long v : values) {
            if (v < 0) {
                throw new IllegalArgumentException("metric values must be >= 0, got " + v);
            }
            sum = Math.addExact(sum, v);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new Distribution(values.clone(), sum, min, max);
    }

    /** HdrHistogram's compressed encoding of the histogram; the exact sum, min and max travel beside it. */
    public ByteBuffer encode() {
        Histogram histogram = histogram();
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        histogram.encodeIntoCompressedByteBuffer(buffer);
        buffer.flip();
        return buffer;
    }

    public long sum() {
        return sum;
    }

    public long count() {
        return values.length;
    }

    public long min() {
        return min;
    }

    public long max() {
        return max;
    }

    public double mean() {
        return (double) sum / count();
    }

    /** The sample standard deviation (n − 1 in the denominator); 0 for a single repetition. */
    public double stdev() {
        if (values.length < 2) {
            return 0;
        }
        double mean = mean();
        double squares = 0;
        for (long v : values) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }

    public long percentile(double percentile) {
        return percentile(histogram(), percentile);
    }

    private long percentile(Histogram histogram, double percentile) {
        return Math.max(min, Math.min(max, histogram.getValueAtPercentile(percentile)));
    }

    /** Sized for the largest value at once: letting it grow value by value copies its counts each time. */
    private Histogram histogram() {
        Histogram histogram = new Histogram(Math.max(2, max), SIGNIFICANT_DIGITS);
        for (long v : values) {
            histogram.recordValue(v);
        }
        return histogram;
    }

    /** The summary in the metric's reported unit, with every repetition's value in repetition order. */
    public Summary summary(Metric metric) {
        double s = metric.scale();
        List<Double> samples = new ArrayList<>(values.length);
        for (long v : values) {
            samples.add(v * s);
        }
        Histogram histogram = histogram();
        return new Summary(mean() * s, stdev() * s, percentile(histogram, 50) * s, percentile(histogram, 5) * s,
                percentile(histogram, 95) * s,
                min() * s, max() * s, samples);
    }
}
