package dev.okenet.oci;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.bmc.containerengine.ContainerEngine;
import com.oracle.bmc.core.VirtualNetwork;
import com.oracle.bmc.core.requests.ListServicesRequest;
import com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer;
import dev.okenet.ResolvedNetwork;
import dev.okenet.testkit.FakeOci;
import dev.okenet.testkit.junit.FakeOciTest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The provider's list requests ask for 1,000 items a page, OCI's maximum, so a plan stays at one
 * list call per kind past the service's default page size; and a list longer than the pages the
 * service answers is still read whole.
 */
@FakeOciTest
class ListPageSizeTest {
  FakeOci oci;

  @Test
  void everyListRequestOfAPlanAsksForAThousandItemsAPage() {
    List<Object> requests = new CopyOnWriteArrayList<>();
    OciNetworkProvider provider = FakeOciProviders.builder(oci)
        .virtualNetwork(intercept(VirtualNetwork.class, oci.virtualNetwork(), r -> record(requests, r)))
        .containerEngine(intercept(ContainerEngine.class, oci.containerEngine(), r -> record(requests, r)))
        .networkLoadBalancer(intercept(NetworkLoadBalancer.class, oci.networkLoadBalancer(), r -> record(requests, r)))
        .build();

    provider.plan(Networks.prod());

    // ListServices answers a region's two or three services; Inventory sends it without a limit.
    List<Object> lists = requests.stream()
        .filter(r -> r.getClass().getSimpleName().startsWith("List") && !(r instanceof ListServicesRequest)).toList();
    assertThat(lists).extracting(r -> r.getClass().getSimpleName())
        .contains("ListVcnsRequest", "ListSubnetsRequest", "ListClustersRequest", "ListNodePoolsRequest",
            "ListNetworkLoadBalancersRequest");
    assertThat(lists).allSatisfy(r -> assertThat(limitOf(r)).as(r.getClass().getSimpleName()).isEqualTo(1000));
  }

  @Test
  void aListLongerThanThePagesTheServiceAnswersIsReadWhole() {
    ResolvedNetwork net = Networks.prod();
    FakeOciProviders.provider(oci).apply(FakeOciProviders.provider(oci).plan(net));
    // A service may answer fewer items than asked for; here every page holds 2.
    OciNetworkProvider twoPerPage = FakeOciProviders.builder(oci)
        .virtualNetwork(intercept(VirtualNetwork.class, oci.virtualNetwork(), ListPageSizeTest::twoPerPage)).build();
    oci.calls().clear();

    Plan plan = twoPerPage.plan(net);

    assertThat(plan.isEmpty()).as("prod's 6 subnets and 6 route tables, read 2 at a time, are all found").isTrue();
    assertThat(oci.calls().countsByOperation().get("listSubnets")).isEqualTo(3L);
  }

  private static Object record(List<Object> requests, Object request) {
    requests.add(request);
    return request;
  }

  /** The same list request with limit 2; other requests unchanged. */
  private static Object twoPerPage(Object request) {
    if (!request.getClass().getSimpleName().startsWith("List") || limitOf(request) == null) {
      return request;
    }
    try {
      Object builder = request.getClass().getMethod("toBuilder").invoke(request);
      builder.getClass().getMethod("limit", Integer.class).invoke(builder, 2);
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot set the limit of " + request.getClass().getSimpleName(), e);
    }
  }

  private static Integer limitOf(Object request) {
    try {
      return (Integer) request.getClass().getMethod("getLimit").invoke(request);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(request.getClass().getSimpleName() + " has no limit", e);
    }
  }

  /** {@code service} with every single-argument request passed through {@code rewrite} first. */
  private static <T> T intercept(Class<T> type, T service, UnaryOperator<Object> rewrite) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      Object[] passed = args != null && args.length == 1 && args[0] != null ? new Object[] {rewrite.apply(args[0])} : args;
      try {
        return method.invoke(service, passed);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }));
  }
}
