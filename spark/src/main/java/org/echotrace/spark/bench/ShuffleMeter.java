package org.echotrace.spark.bench;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/** Sums the shuffle bytes and records every finished task wrote, as Spark's own task metrics count them. */
final class ShuffleMeter extends SparkListener {

    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong records = new AtomicLong();

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        TaskMetrics metrics = taskEnd.taskMetrics();
        if (metrics != null) {
            bytes.addAndGet(metrics.shuffleWriteMetrics().bytesWritten());
            records.addAndGet(metrics.shuffleWriteMetrics().recordsWritten());
        }
    }

    void reset() {
        bytes.set(0);
        records.set(0);
    }

    long bytes() {
        return bytes.get();
    }

    long records() {
        return records.get();
    }
}
