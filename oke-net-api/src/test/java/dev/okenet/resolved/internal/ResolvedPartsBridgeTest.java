package dev.okenet.resolved.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.okenet.OkeNetwork;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.resolved.ResolvedVcn;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The resolver reaches the parts' package-private constructors through one bridge that registers
 * itself when it is initialised, which {@link ResolvedParts#get()} brings about. Whatever a
 * program touches first (a part's class, the rule sources, the factory, resolve() from many
 * threads at once) the bridge is there, on the class path and on the module path. Each case runs
 * in a class loader of its own, so that no earlier test has initialised anything.
 */
class ResolvedPartsBridgeTest {

  @Test
  void resolveWorksWhenAPartsClassIsInitialisedFirst() throws Exception {
    ClassLoader fresh = freshClassPathLoader();
    for (String part : List.of("dev.okenet.resolved.ResolvedVcn", "dev.okenet.resolved.ResolvedPeer",
        "dev.okenet.resolved.ResolvedSecurityRule", "dev.okenet.resolved.RuleSource")) {
      Class.forName(part, true, fresh);
    }

    assertThat(resolveProdIn(fresh)).contains("prod-vcn");
  }

  @Test
  void theRuleSourceConstantsAreBuiltWhenTheirClassIsTheFirstTouched() throws Exception {
    ClassLoader fresh = freshClassPathLoader();

    Class<?> sources = Class.forName("dev.okenet.internal.resolve.RuleSources", true, fresh);

    assertThat(sources.getField("TF_LOAD_BALANCERS").get(null)).hasToString(
        "terraform-oci-oke — modules/network/nsg-loadbalancers-pub.tf, nsg-loadbalancers-int.tf");
  }

  @Test
  void theFactoryIsThereWhenItIsTheFirstTouched() throws Exception {
    ClassLoader fresh = freshClassPathLoader();

    Object parts = Class.forName(ResolvedParts.class.getName(), true, fresh).getMethod("get").invoke(null);

    assertThat(parts.getClass().getName()).isEqualTo("dev.okenet.resolved.PartsBridge");
    assertThat(parts.getClass().getClassLoader()).isSameAs(fresh);
  }

  @Test
  void manyThreadsResolvingFirstAtOnceAllGetNetworks() throws Exception {
    ClassLoader fresh = freshClassPathLoader();
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<String> resolve = () -> {
          start.await();
          return resolveProdIn(fresh);
        };
        results.add(pool.submit(resolve));
      }
      start.countDown();
      for (Future<String> r : results) {
        assertThat(r.get(60, TimeUnit.SECONDS)).contains("prod-vcn");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void onTheModulePathResolveWorksAndTheFactoryStaysUnexported() throws Exception {
    ModuleLayer layer = moduleLayerOfTheApi();
    Module api = layer.findModule("dev.okenet.api").orElseThrow();
    ClassLoader loader = layer.findLoader("dev.okenet.api");
    Class.forName("dev.okenet.resolved.ResolvedPeer", true, loader);

    assertThat(resolveProdIn(loader)).contains("prod-vcn");
    assertThat(api.isExported("dev.okenet.resolved")).isTrue();
    assertThat(api.isExported("dev.okenet.resolved.internal")).isFalse();
    assertThat(api.isExported("dev.okenet.internal.resolve")).isFalse();
  }

  @Test
  void noOtherFactoryCanBeRegistered() {
    ReferenceNetworks.prod().resolve();
    ResolvedParts bridge = ResolvedParts.get();

    assertThatThrownBy(() -> ResolvedParts.register(bridge))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("registered already");
    assertThatThrownBy(() -> ResolvedParts.register(null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("OkeNetwork.resolve()");
  }

  @Test
  void aFactoryOfAnotherClassIsRefusedEvenBeforeTheBridgeIsInitialised() throws Exception {
    ClassLoader fresh = freshClassPathLoader();
    Class<?> partsType = Class.forName(ResolvedParts.class.getName(), false, fresh);
    Object impostor = java.lang.reflect.Proxy.newProxyInstance(fresh, new Class<?>[] {partsType}, (proxy, method, args) -> null);

    java.lang.reflect.Method register = partsType.getMethod("register", partsType);

    assertThatThrownBy(() -> register.invoke(null, impostor))
        .hasRootCauseInstanceOf(IllegalStateException.class).rootCause().hasMessageContaining("OkeNetwork.resolve()");
    assertThat(resolveProdIn(fresh)).contains("prod-vcn");
  }

  /** {@code ReferenceNetworks.prod().resolve().vcn().toString()}, run with the classes {@code loader} defines. */
  private static String resolveProdIn(ClassLoader loader) throws Exception {
    Object prod = Class.forName(ReferenceNetworks.class.getName(), true, loader).getMethod("prod").invoke(null);
    Object resolved = Class.forName(OkeNetwork.class.getName(), false, loader).getMethod("resolve").invoke(prod);
    return resolved.getClass().getMethod("vcn").invoke(resolved).toString();
  }

  /** A loader of oke-net-api's classes and its one run-time dependency, sharing nothing initialised with this test. */
  private static ClassLoader freshClassPathLoader() throws Exception {
    return new URLClassLoader("fresh-oke-net-api", new URL[] {location(ResolvedVcn.class).toUri().toURL(),
        location(inet.ipaddr.IPAddress.class).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
  }

  /** oke-net-api as a named module, with inet.ipaddr, in a layer of its own: the module path. */
  private static ModuleLayer moduleLayerOfTheApi() throws Exception {
    ModuleFinder finder = ModuleFinder.of(location(ResolvedVcn.class), location(inet.ipaddr.IPAddress.class));
    Configuration configuration = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("dev.okenet.api"));
    return ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }

  private static Path location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
