package vn.tincay.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.Serializable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Runs a page action or an API call again when its transaction lost a deadlock or a lock wait, up to
 * {@value #ATTEMPTS} times with a short random pause, so that people working on the same case at the
 * same moment never see an error for it. It sits where the transaction starts: around the call
 * from the web tier into a service, never inside a transaction (rerunning part of a transaction
 * would not help). Page actions and API methods call one service method each (see the style
 * guide), so running the call again runs the whole transaction again and nothing twice.
 */
@RetriedOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public class ConflictRetry implements Serializable {

    static final int ATTEMPTS = 4;
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ConflictRetry.class.getName());

    @Resource
    private transient TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object retry(InvocationContext call) throws Exception {
        if (transactions != null && transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return call.proceed();
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || !DatabaseFailure.isConflict(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.fine(() -> call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName()
                        + " lost a database lock conflict, attempt " + tried + " of " + ATTEMPTS);
                pause(attempt);
            }
        }
    }

    /** 10–40 ms, then 20–80, then 40–160: enough for the winner to commit, too short to notice. */
    private static void pause(int attempt) throws InterruptedException {
        long base = 10L << (attempt - 1);
        Thread.sleep(base + ThreadLocalRandom.current().nextLong(base * 3));
    }
}
