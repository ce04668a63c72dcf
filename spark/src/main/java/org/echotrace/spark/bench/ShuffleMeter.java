package org.echotrace.spark.bench;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;

/** Sums the shuffle bytes and records every finished task wrote, as Spark's own task metrics count them. */
final class ShuffleMeter extends SparkListener {

    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong records = new AtomicLong();

    /** Each finished stage's call site and seconds, printed to standard error: where the time goes. */
    @Override
    public void onStageCompleted(SparkListenerStageCompleted completed) {
        StageInfo info = completed.stageInfo();
        if (info.submissionTime().isDefined() && info.completionTime().isDefined()) {
            System.err.printf("stage %d %.1fs %s%n", info.stageId(),
                    ((long) info.completionTime().get() - (long) info.submissionTime().get()) / 1e3, info.name());
        }
    }

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
