package dev.okenet.testkit.kube.internal;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the controllers as kube-controller-manager does: informers watch Pods, Services, Nodes and
 * Deployments through the API server, and every change queues a reconciliation pass on one
 * controller thread (passes coalesce). A pass reads the current objects from the API server, then
 * runs the node, deployment, scheduling/IP and service controllers in turn. FakeOci cannot be
 * watched, so the node controller also runs on a timer.
 */
public final class ControllerManager implements AutoCloseable {
    private final KubernetesClient client;
    private final NodeController nodes;
    private final DeploymentController deployments;
    private final PodController pods;
    private final CcmController ccm;
    private final ScheduledExecutorService loop;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final List<SharedIndexInformer<?>> informers = new ArrayList<>();
    private volatile RuntimeException lastFailure;

    public ControllerManager(KubernetesClient client, NodeController nodes, DeploymentController deployments,
            PodController pods, CcmController ccm) {
        this.client = client;
        this.nodes = nodes;
        this.deployments = deployments;
        this.pods = pods;
        this.ccm = ccm;
        this.loop = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "oke-net-kube-controllers");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the informers and the node timer. */
    public void start(Duration nodePollInterval) {
        ResourceEventHandler<Object> onChange = new ResourceEventHandler<>() {
            @Override
            public void onAdd(Object obj) {
                requestPass();
            }

            @Override
            public void onUpdate(Object oldObj, Object newObj) {
                requestPass();
            }

            @Override
            public void onDelete(Object obj, boolean deletedFinalStateUnknown) {
                requestPass();
            }
        };
        informers.add(client.pods().inAnyNamespace().inform(cast(onChange), 0));
        informers.add(client.services().inAnyNamespace().inform(cast(onChange), 0));
        informers.add(client.nodes().inform(cast(onChange), 0));
        informers.add(client.apps().deployments().inAnyNamespace().inform(cast(onChange), 0));
        long millis = nodePollInterval.toMillis();
        loop.scheduleWithFixedDelay(this::requestPass, millis, millis, TimeUnit.MILLISECONDS);
    }

    @SuppressWarnings("unchecked")
    private static <T> ResourceEventHandler<T> cast(ResourceEventHandler<Object> handler) {
        return (ResourceEventHandler<T>) (ResourceEventHandler<?>) handler;
    }

    private void requestPass() {
        if (queued.compareAndSet(false, true)) {
            loop.execute(() -> {
                queued.set(false);
                runPass();
            });
        }
    }

    private void runPass() {
        try {
            boolean nodesChanged = nodes.sync();
            var podList = client.pods().inAnyNamespace().list().getItems();
            deployments.reconcile(client.apps().deployments().inAnyNamespace().list().getItems(), podList);
            pods.reconcile(client.pods().inAnyNamespace().list().getItems(), client.nodes().list().getItems());
            ccm.reconcile(client.services().inAnyNamespace().list().getItems(), nodesChanged);
            lastFailure = null;
        } catch (RuntimeException e) {
            lastFailure = e;
        }
    }

    /**
     * Runs passes until one writes nothing: every controller has caught up with every object.
     *
     * @throws IllegalStateException when a controller failed, or nothing settles within {@code timeout}
     */
    public void settle(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String before = globalVersion();
            Future<?> pass = loop.submit(this::runPass);
            try {
                pass.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                throw new IllegalStateException("the simulated cluster did not settle within " + timeout, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the simulated cluster settled", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a controller of the simulated cluster failed", e.getCause());
            }
            if (lastFailure != null) {
                throw new IllegalStateException("a controller of the simulated cluster failed: " + lastFailure.getMessage(),
                        lastFailure);
            }
            if (before.equals(globalVersion())) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the simulated cluster did not settle within " + timeout);
            }
        }
    }

    /** The API server's resource version: it moves on every write, to any object. */
    private String globalVersion() {
        return String.valueOf(client.namespaces().list().getMetadata().getResourceVersion());
    }

    @Override
    public void close() {
        informers.forEach(SharedIndexInformer::close);
        loop.shutdownNow();
        try {
            loop.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
