package dev.okenet.hostile;

import dev.okenet.ResolvedNetwork;
import dev.okenet.adopt.ImportedNetwork;
import dev.okenet.adopt.KubernetesFacts;
import dev.okenet.adopt.NetworkImporter;
import dev.okenet.adopt.ServiceManifests;
import dev.okenet.io.ModelIO;
import dev.okenet.key.ResourceKey;
import dev.okenet.manifest.AppliedIds;
import dev.okenet.manifest.Manifests;
import dev.okenet.oci.ApplyResult;
import dev.okenet.oci.DiagnoseReport;
import dev.okenet.oci.FakeOciProviders;
import dev.okenet.oci.OciNetworkProvider;
import dev.okenet.oci.Plan;
import dev.okenet.oci.ProgressListener;
import dev.okenet.oci.RetryPolicy;
import dev.okenet.oci.WaitStrategy;
import dev.okenet.reference.ReferenceNetworks;
import dev.okenet.render.MermaidDiagram;
import dev.okenet.testkit.FakeOci;
import dev.okenet.vcn.SubnetRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * {@link ApiSamples} plus the impl module's types: a provider over a {@link FakeOci} (so a probe
 * makes no call to a real cloud), its plans and results, manifests, the importer, Service
 * manifests read back, and model documents.
 */
final class ImplSamples extends ApiSamples {
  final FakeOci fake = FakeOci.create();
  private final OciNetworkProvider provider = builder().build();
  private final ResolvedNetwork prod = ReferenceNetworks.prod().resolve();
  private final ApplyResult applied = provider.apply(provider.plan(prod));

  /** A builder wired to the fake: no real sleeping between retries, waiting in virtual time. */
  private OciNetworkProvider.Builder builder() {
    return FakeOciProviders.builder(fake);
  }

  ImplSamples() {
    byType.put(OciNetworkProvider.class, () -> provider);
    byType.put(OciNetworkProvider.Builder.class, this::builder);
    byType.put(Plan.class, () -> provider.plan(prod));
    byType.put(ApplyResult.class, () -> applied);
    byType.put(DiagnoseReport.class, () -> provider.diagnose(prod));
    byType.put(RetryPolicy.class, RetryPolicy::defaults);
    byType.put(WaitStrategy.class, WaitStrategy::sdkDefault);
    byType.put(ProgressListener.class, () -> (ProgressListener) e -> { });
    byType.put(AppliedIds.class, () -> AppliedIds.of(applied.idsByKey()));
    byType.put(Manifests.class, () -> Manifests.of(prod, AppliedIds.of(applied.idsByKey())));
    byType.put(MermaidDiagram.class, () -> MermaidDiagram.of(prod));
    byType.put(KubernetesFacts.class, KubernetesFacts::none);
    byType.put(ServiceManifests.class, () -> ServiceManifests.read(SERVICE_MANIFEST));
    byType.put(NetworkImporter.Builder.class, () -> NetworkImporter.builder().virtualNetwork(fake.virtualNetwork()));
    byType.put(Duration.class, () -> Duration.ofSeconds(1));
    byType.put(com.oracle.bmc.networkloadbalancer.NetworkLoadBalancer.class, fake::networkLoadBalancer);
    if (!applied.isSuccess()) {
      throw new IllegalStateException("the samples' prod did not apply on FakeOci: " + applied);
    }
    // Import and adoption re-tag what they adopt: every sample of theirs gets a fresh fake with prod applied.
    byType.put(NetworkImporter.class, () -> adoptable().importer);
    byType.put(ImportedNetwork.class, () -> adoptable().imported());
    byType.put(dev.okenet.adopt.AuditReport.class, () -> adoptable().imported().audit());
    byType.put(dev.okenet.adopt.AdoptionPlan.class, () -> adoptable().imported().planAdoption());
    byType.put(com.oracle.bmc.core.VirtualNetwork.class, fake::virtualNetwork);
    byType.put(com.oracle.bmc.containerengine.ContainerEngine.class, fake::containerEngine);
    byType.put(com.oracle.bmc.identity.Identity.class, fake::identity);
    byType.put(dev.okenet.oci.ClusterDetails.class, () -> provider.networkOnly(prod, applied.idsByKey()));
    byType.put(com.oracle.bmc.containerengine.model.CreateClusterDetails.class,
        () -> provider.networkOnly(prod, applied.idsByKey()).cluster());
    byType.put(dev.okenet.oci.RetryPolicy.Sleeper.class, () -> (dev.okenet.oci.RetryPolicy.Sleeper) d -> { });
    byType.put(com.oracle.bmc.waiter.TerminationStrategy.class, fake.clock()::terminationStrategy);
    byType.put(com.oracle.bmc.waiter.DelayStrategy.class, fake.clock()::delayStrategy);
    byType.put(com.oracle.bmc.model.BmcException.class, () -> new com.oracle.bmc.model.BmcException(429, "TooManyRequests", "slow down", "r1"));
    byType.put(java.util.function.Function.class, () -> (java.util.function.Function<Object, Duration>) x -> Duration.ofSeconds(1));
    byType.put(dev.okenet.oci.ProgressEvent.class, () -> new dev.okenet.oci.ProgressEvent(ResourceKey.vcn(), dev.okenet.oci.ResourceType.VCN,
        dev.okenet.oci.ChangeAction.CREATE, dev.okenet.oci.ProgressEvent.State.STARTED, Duration.ZERO, "creating"));
    // The cluster doctor: over the fake's prod cluster, with a Kubernetes client whose API server is not there (its reads
    // fail fast and become findings).
    byType.put(io.fabric8.kubernetes.client.KubernetesClient.class, () -> unreachableKubernetes);
    byType.put(dev.okenet.doctor.ClusterDoctor.Builder.class, () -> dev.okenet.doctor.ClusterDoctor.builder()
        .kubernetes(unreachableKubernetes).virtualNetwork(fake.virtualNetwork()).containerEngine(fake.containerEngine())
        .retryPolicy(RetryPolicy.defaults().withSleeper(d -> { })));
    byType.put(dev.okenet.doctor.ClusterDoctor.class, () -> dev.okenet.doctor.ClusterDoctor.builder().kubernetes(unreachableKubernetes)
        .virtualNetwork(fake.virtualNetwork()).containerEngine(fake.containerEngine()).retryPolicy(RetryPolicy.defaults()
            .withSleeper(d -> { })).build());
    byType.put(dev.okenet.doctor.DoctorFinding.class, () -> new dev.okenet.doctor.DoctorFinding("OKE-DOCTOR-020",
        dev.okenet.check.Severity.ERROR, "NetworkPolicy shop/default-deny", "nothing enforces it", java.util.List.of("no Calico"),
        "Install Calico."));
    byType.put(dev.okenet.doctor.DoctorReport.class, () -> dev.okenet.doctor.DoctorReport.of("prod", applied.idsByKey().get(dev.okenet.key.ResourceKey.cluster()),
        java.util.List.of(), java.util.List.of()));
    byName.put("clusterName", "prod");
    byName.put("ruleId", "OKE-DOCTOR-020");
    byName.put("regionId", "us-ashburn-1");
    byName.put("service", "VirtualNetwork");
    byType.put(dev.okenet.oci.Pacing.class, dev.okenet.oci.Pacing::adaptive);
    byType.put(dev.okenet.oci.SimulatedTime.class,
        () -> dev.okenet.oci.SimulatedTime.of(fake.clock()::callerElapsed, fake.clock()::runAsNewCaller));
    byType.put(dev.okenet.oci.EstatePlan.class, () -> provider.planEstate(java.util.List.of(prod)));
    byType.put(java.util.function.LongSupplier.class, () -> (java.util.function.LongSupplier) () -> 0L);
    byType.put(java.util.function.Supplier.class, () -> (java.util.function.Supplier<Duration>) () -> Duration.ZERO);
    byType.put(java.util.function.BiFunction.class,
        () -> (java.util.function.BiFunction<Duration, Runnable, Duration>) (d, r) -> { r.run(); return d; });
    byType.put(Runnable.class, () -> (Runnable) () -> { });
    byName.put("required", "TCP 6443");
    byName.put("kind", "subnet");
    byName.put("subnetKey", ResourceKey.subnet(SubnetRole.WORKERS));
    byName.put("field", "cidrBlock");
    byName.put("value", "10.0.0.0/16");
    byName.put("before", "10.0.0.0/16");
    byName.put("after", "10.1.0.0/16");
    byName.put("detail", "creating");
    byName.put("serviceCode", "InvalidParameter");
    byName.put("displayName", "prod-vcn");
    byName.put("subject", "Service shop/web");
    byName.put("configFile", configFile());
    byName.put("profile", "DEFAULT");
    byName.put("packageName", "com.example");
    byName.put("className", "Prod");
    byName.put("name", "prod");
    byName.put("json", ModelIO.toJson(ReferenceNetworks.prod()));
  }

  /** One LoadBalancer Service as {@code kubectl get service -o yaml} prints it. */
  private static final String SERVICE_MANIFEST = """
      apiVersion: v1
      kind: Service
      metadata: {name: web, namespace: shop}
      spec:
        type: LoadBalancer
        selector: {app: web}
        ports:
        - {port: 443, targetPort: 8443, protocol: TCP}
      """;

  /** A fresh fake with prod applied, an importer over it, and what it imports. */
  private record Adoptable(FakeOci fake, OciNetworkProvider provider, NetworkImporter importer, String vcnId, String clusterId) {
    ImportedNetwork imported() {
      return importer.importVcn(ReferenceNetworks.prod().compartmentId(), vcnId);
    }
  }

  private Adoptable lastAdoptable;

  private Adoptable adoptable() {
    FakeOci f = FakeOci.create();
    OciNetworkProvider p = FakeOciProviders.provider(f);
    Map<ResourceKey, String> ids = p.apply(p.plan(prod)).idsByKey();
    lastAdoptable = new Adoptable(f, p, NetworkImporter.builder().virtualNetwork(f.virtualNetwork()).containerEngine(f.containerEngine()).build(),
        ids.get(ResourceKey.vcn()), ids.get(ResourceKey.cluster()));
    return lastAdoptable;
  }

  private final io.fabric8.kubernetes.client.KubernetesClient unreachableKubernetes = new io.fabric8.kubernetes.client
      .KubernetesClientBuilder().withConfig(new io.fabric8.kubernetes.client.ConfigBuilder(io.fabric8.kubernetes.client.Config.empty())
          .withMasterUrl("http://127.0.0.1:1/").withRequestRetryBackoffLimit(0).withConnectionTimeout(500).build()).build();

  /** A network that owns nothing on the fake: destroying it is a valid call that changes nothing. */
  private final ResolvedNetwork ghost = ReferenceNetworks.prod().toBuilder().name("ghost").build().resolve();

  @Override
  protected java.util.Optional<Object> special(java.lang.reflect.Parameter p, java.lang.reflect.Executable member) {
    String where = where(p, member);
    if (lastAdoptable == null) {
      adoptable();
    }
    switch (where) {
      case "OciNetworkProvider.destroy:net":
      case "OciNetworkProvider.planDestroy:net":
        return java.util.Optional.of(ghost);
      case "OciNetworkProvider.destroy:name":
      case "OciNetworkProvider.planDestroy:name":
        return java.util.Optional.of("ghost");
      case "ImportedNetwork.planAdoption:provider":
        return java.util.Optional.of(lastAdoptable.provider());
      case "AdoptionPlan.apply:vn":
        return java.util.Optional.of(lastAdoptable.fake().virtualNetwork());
      case "AdoptionPlan.apply:ce":
        return java.util.Optional.of(lastAdoptable.fake().containerEngine());
      case "NetworkImporter.importVcn:compartmentId":
      case "NetworkImporter.importCluster:compartmentId":
        return java.util.Optional.of(ReferenceNetworks.prod().compartmentId());
      case "NetworkImporter.importVcn:vcnId":
        return java.util.Optional.of(lastAdoptable.vcnId());
      case "NetworkImporter.importCluster:clusterId":
        return java.util.Optional.of(lastAdoptable.clusterId());
      case "OciNetworkProvider.networkOnly:idsByKey":
        return java.util.Optional.of(applied.idsByKey());
      case "ClusterDoctor.examine:compartmentId":
        return java.util.Optional.of(ReferenceNetworks.prod().compartmentId());
      case "ClusterDoctor.examine:clusterId":
      case "DoctorReport.of:clusterId":
        return java.util.Optional.of(applied.idsByKey().get(dev.okenet.key.ResourceKey.cluster()));
      case "Builder.availabilityDomains:names":
        return java.util.Optional.of(java.util.List.of("AD-1"));
      case "ModelIO.fromYaml:yaml":
        return java.util.Optional.of(ModelIO.toYaml(ReferenceNetworks.prod()));
      case "ServiceManifests.read:yaml":
        return java.util.Optional.of(SERVICE_MANIFEST);
      default:
        return super.special(p, member);
    }
  }

  /** An OCI config file with a throw-away key: building clients from it makes no call. */
  private static String configFile() {
    try {
      Path dir = Files.createTempDirectory("okenet-hostile");
      dir.toFile().deleteOnExit();
      KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
      gen.initialize(2048);
      String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes())
          .encodeToString(gen.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
      Path key = Files.writeString(dir.resolve("key.pem"), pem);
      key.toFile().deleteOnExit();
      Path config = Files.writeString(dir.resolve("config"), "[DEFAULT]\nuser=ocid1.user.oc1..aaaaexample\n"
          + "fingerprint=11:22:33:44:55:66:77:88:99:00:aa:bb:cc:dd:ee:ff\ntenancy=ocid1.tenancy.oc1..aaaaexample\n"
          + "region=us-ashburn-1\nkey_file=" + key + "\n");
      config.toFile().deleteOnExit();
      return config.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
