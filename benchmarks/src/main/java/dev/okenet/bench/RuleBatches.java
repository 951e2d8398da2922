package dev.okenet.bench;

import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.requests.AddNetworkSecurityGroupSecurityRulesRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records the size of every AddNetworkSecurityGroupSecurityRules batch a VirtualNetwork is asked
 * for, by NSG: the call log counts calls, this counts the rules in them. Thread-safe.
 *
 * <pre>{@code
 * RuleBatches batches = new RuleBatches();
 * VirtualNetwork vn = batches.observe(fake.virtualNetwork());
 * ... apply through vn ...
 * batches.rules();          // 63
 * batches.largestBatch();   // 25
 * }</pre>
 */
public final class RuleBatches {
  private static final String OPERATION = "addNetworkSecurityGroupSecurityRules";

  private final Map<String, List<Integer>> sizesByNsg = new LinkedHashMap<>();

  /** {@code delegate}, with every rule batch recorded here. */
  public VirtualNetwork observe(VirtualNetwork delegate) {
    return (VirtualNetwork) Proxy.newProxyInstance(VirtualNetwork.class.getClassLoader(), new Class<?>[] {VirtualNetwork.class},
        (proxy, method, args) -> {
          if (method.getName().equals(OPERATION) && args != null && args[0] instanceof AddNetworkSecurityGroupSecurityRulesRequest) {
            record((AddNetworkSecurityGroupSecurityRulesRequest) args[0]);
          }
          try {
            return method.invoke(delegate, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private synchronized void record(AddNetworkSecurityGroupSecurityRulesRequest request) {
    var details = request.getAddNetworkSecurityGroupSecurityRulesDetails();
    int size = details == null || details.getSecurityRules() == null ? 0 : details.getSecurityRules().size();
    sizesByNsg.computeIfAbsent(request.getNetworkSecurityGroupId(), k -> new ArrayList<>()).add(size);
  }

  /** Batches sent. */
  public synchronized int batches() {
    return sizesByNsg.values().stream().mapToInt(List::size).sum();
  }

  /** Rules sent, all batches together. */
  public synchronized int rules() {
    return sizesByNsg.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum();
  }

  /** The largest batch; 0 when none was sent. */
  public synchronized int largestBatch() {
    return sizesByNsg.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElse(0);
  }

  /** NSGs that were sent rules. */
  public synchronized int nsgs() {
    return sizesByNsg.size();
  }

  /** The fewest batches of at most {@code limit} that carry each NSG's rules: the bar to meet. */
  public synchronized int fewestBatches(int limit) {
    return sizesByNsg.values().stream()
        .mapToInt(sizes -> (sizes.stream().mapToInt(Integer::intValue).sum() + limit - 1) / limit)
        .sum();
  }
}
