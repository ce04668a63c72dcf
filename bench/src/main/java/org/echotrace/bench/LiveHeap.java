package org.echotrace.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The largest heap left in use right after a garbage collection while a benchmark runs: what the work
 * really keeps alive (models plus data in flight). The sampled used heap ({@link HeapSampler}) also counts
 * garbage the collector has not reclaimed yet, which grows with whatever {@code -Xmx} allows.
 */
public final class LiveHeap implements NotificationListener, AutoCloseable {

    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();

    private LiveHeap() {
    }

    /** Starts listening to every collector of this JVM. */
    public static LiveHeap watching() {
        LiveHeap live = new LiveHeap();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(live, null, null);
                live.emitters.add(emitter);
            }
        }
        return live;
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
        peak.accumulateAndGet(used, Math::max);
        collections.incrementAndGet();
    }

    /** Largest heap in use after a collection so far; 0 when no collection ran. */
    public long peakBytes() {
        return peak.get();
    }

    public long collections() {
        return collections.get();
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(this);
            } catch (ListenerNotFoundException alreadyGone) {
                // nothing to undo
            }
        }
    }
}
