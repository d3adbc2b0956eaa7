package io.tickwise.metrics;

import io.tickwise.results.Summary;
import org.HdrHistogram.Histogram;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * One metric of one point over its repetitions, in an HdrHistogram of base units (three
 * significant digits). Percentiles come from the histogram, clamped to the exact minimum and
 * maximum; the mean is exact, summed in repetition order so the same values give the same
 * bits whatever order the repetitions finished in. The values themselves are kept in
 * repetition order: repetition r of two points that share their random streams is a pair.
 */
public final class Distribution {
    private static final int SIGNIFICANT_DIGITS = 3;

    private final Histogram histogram;
    private final long[] values;
    private final long sum;
    private final long min;
    private final long max;

    private Distribution(Histogram histogram, long[] values, long sum, long min, long max) {
        this.histogram = histogram;
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
        Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);
        long sum = 0;
        long min = Long.MAX_VALUE;
        long max = 0;
        for (long v : values) {
            if (v < 0) {
                throw new IllegalArgumentException("metric values must be >= 0, got " + v);
            }
            histogram.recordValue(v);
            sum = Math.addExact(sum, v);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new Distribution(histogram, values.clone(), sum, min, max);
    }

    /** HdrHistogram's compressed encoding of the histogram; the exact sum, min and max travel beside it. */
    public ByteBuffer encode() {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        histogram.encodeIntoCompressedByteBuffer(buffer);
        buffer.flip();
        return buffer;
    }

    public long sum() {
        return sum;
    }

    public long count() {
        return histogram.getTotalCount();
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
        return Math.max(min, Math.min(max, histogram.getValueAtPercentile(percentile)));
    }

    /** The summary in the metric's reported unit, with every repetition's value in repetition order. */
    public Summary summary(Metric metric) {
        double s = metric.scale();
        List<Double> samples = new ArrayList<>(values.length);
        for (long v : values) {
            samples.add(v * s);
        }
        return new Summary(mean() * s, stdev() * s, percentile(50) * s, percentile(5) * s, percentile(95) * s,
                min() * s, max() * s, samples);
    }
}
