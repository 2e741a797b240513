package vn.tincay.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs tasks on their own threads, released at the same moment, as many people pressing a button at once. */
public final class Parallel {

    @FunctionalInterface
    public interface Task<T> {
        T run(int index) throws Exception;
    }

    private Parallel() {
    }

    /** Runs {@code count} tasks at once and returns their results in order; fails with the first failure. */
    public static <T> List<T> run(int count, Task<T> task) throws Exception {
        return run(count, count, task);
    }

    /**
     * Runs {@code count} tasks, at most {@code threads} at a time (for set-up work such as signing in,
     * whose deliberately slow password hash would otherwise starve a small test machine).
     */
    public static <T> List<T> run(int count, int threads, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<T> call = () -> {
                    start.await();
                    return task.run(index);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(10, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
