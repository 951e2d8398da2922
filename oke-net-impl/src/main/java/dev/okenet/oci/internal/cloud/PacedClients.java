package dev.okenet.oci.internal.cloud;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.containerengine.ContainerEnginePaginators;
import com.oracle.bmc.containerengine.ContainerEngineWaiters;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.VirtualNetworkPaginators;
import com.oracle.bmc.core.VirtualNetworkWaiters;
import com.oracle.bmc.identity.Identity;
import com.oracle.bmc.identity.IdentityPaginators;
import com.oracle.bmc.identity.IdentityWaiters;
import com.oracle.bmc.model.BmcException;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancerPaginators;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancerWaiters;
import dev.okenet.oci.RetryPolicy;
import java.time.Duration;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Wraps an SDK client so that every operation it sends first waits (with the provider's sleeper,
 * the one its retries use) for the slot the {@link Pacer} gives it, and reports how it went; its {@code getWaiters()} are rebuilt over the wrapper, so a waiter's polls
 * are paced too (a wait is a series of GETs, and OCI counts each). Client plumbing (endpoint,
 * region, close) goes straight through. With {@link Pacer#NONE} the client is returned as it is.
 *
 * <pre>{@code
 * VirtualNetwork vn = PacedClients.virtualNetwork(client, pacer, sleeper);
 * vn.listVcns(request);        // waits pacer.reserve("VirtualNetwork", "listVcns") first
 * }</pre>
 */
public final class PacedClients {
  /** The waiters' futures run here: daemon threads, so an unclosed provider never holds a JVM. */
  private static final ExecutorService WAITERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "okenet-paced-waiter");
    t.setDaemon(true);
    return t;
  });

  private PacedClients() {}

  /** {@code client}, paced. */
  public static VirtualNetwork virtualNetwork(VirtualNetwork client, Pacer pacer, RetryPolicy.Sleeper sleeper) {
    return wrap(VirtualNetwork.class, client, pacer, sleeper, p -> new VirtualNetworkWaiters(WAITERS, p), VirtualNetworkPaginators::new);
  }

  /** {@code client}, paced. */
  public static ContainerEngine containerEngine(ContainerEngine client, Pacer pacer, RetryPolicy.Sleeper sleeper) {
    return wrap(ContainerEngine.class, client, pacer, sleeper, p -> new ContainerEngineWaiters(WAITERS, p), ContainerEnginePaginators::new);
  }

  /** {@code client}, paced. */
  public static NetworkLoadBalancer networkLoadBalancer(NetworkLoadBalancer client, Pacer pacer, RetryPolicy.Sleeper sleeper) {
    return wrap(NetworkLoadBalancer.class, client, pacer, sleeper, p -> new NetworkLoadBalancerWaiters(WAITERS, p),
        NetworkLoadBalancerPaginators::new);
  }

  /** {@code client}, paced. */
  public static Identity identity(Identity client, Pacer pacer, RetryPolicy.Sleeper sleeper) {
    return wrap(Identity.class, client, pacer, sleeper, p -> new IdentityWaiters(WAITERS, p), IdentityPaginators::new);
  }

  private static <T> T wrap(Class<T> type, T client, Pacer pacer, RetryPolicy.Sleeper sleeper, Function<T, Object> waiters,
      Function<T, Object> paginators) {
    if (pacer == Pacer.NONE) {
      return client;
    }
    Handler<T> handler = new Handler<>(type.getSimpleName(), client, pacer, sleeper);
    T proxy = type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    handler.waiters = waiters.apply(proxy);
    handler.paginators = paginators.apply(proxy);
    return proxy;
  }

  private static final class Handler<T> implements InvocationHandler {
    private final String service;
    private final T client;
    private final Pacer pacer;
    private final RetryPolicy.Sleeper sleeper;
    private Object waiters;
    private Object paginators;

    Handler(String service, T client, Pacer pacer, RetryPolicy.Sleeper sleeper) {
      this.service = service;
      this.client = client;
      this.pacer = pacer;
      this.sleeper = sleeper;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.equals("getWaiters")) {
        return waiters;
      }
      if (name.equals("getPaginators")) {
        return paginators;
      }
      boolean operation = args != null && args.length == 1 && args[0] != null
          && args[0].getClass().getName().endsWith("Request") && !name.startsWith("set");
      if (!operation) {
        return invokeOn(method, args);
      }
      Duration wait = pacer.reserve(service, name);
      if (!wait.isZero()) {
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while pacing " + name, e);
        }
      }
      try {
        Object result = invokeOn(method, args);
        pacer.succeeded(service, name);
        return result;
      } catch (BmcException e) {
        if (e.getStatusCode() == 429) {
          pacer.throttled(service, name);
        } else {
          pacer.succeeded(service, name);
        }
        throw e;
      }
    }

    private Object invokeOn(Method method, Object[] args) throws Throwable {
      try {
        return method.invoke(client, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
