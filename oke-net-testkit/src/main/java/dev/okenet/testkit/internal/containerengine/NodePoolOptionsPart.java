package dev.okenet.testkit.internal.containerengine;

import com.oracle.bmc.containerengine.model.Cluster;
import com.oracle.bmc.containerengine.model.NodePoolOptions;
import com.oracle.bmc.containerengine.model.NodeSourceOption;
import com.oracle.bmc.containerengine.model.NodeSourceViaImageOption;
import com.oracle.bmc.containerengine.requests.GetNodePoolOptionsRequest;
import dev.okenet.testkit.internal.dispatch.OperationTable;
import dev.okenet.testkit.internal.dispatch.Reply;
import dev.okenet.testkit.internal.error.OciErrors;
import dev.okenet.testkit.internal.state.Resource;
import dev.okenet.testkit.internal.state.World;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * {@code GetNodePoolOptions}: the Kubernetes versions, shapes and node images node pools may use.
 * The option set "all" (SDK: "Use \"all\" get all options, or use a cluster ID to get options
 * specific to the provided cluster") offers every version FakeOci publishes plus every version a
 * live cluster runs; a cluster's OCID offers that cluster's version. Each version gets three
 * Oracle Linux 8.10 images named as OKE names them ({@code Oracle-Linux-8.10-2025.01.31-0-OKE-1.31.1-760},
 * with {@code aarch64} and {@code Gen2-GPU} variants) and a stable image OCID.
 */
final class NodePoolOptionsPart {
    /** The Kubernetes versions the option set "all" always offers. */
    static final List<String> PUBLISHED_VERSIONS = List.of("v1.30.1", "v1.31.1", "v1.32.1", "v1.33.1");
    /** The node shapes offered. */
    static final List<String> SHAPES = List.of("VM.Standard.E4.Flex", "VM.Standard.E5.Flex", "VM.Standard3.Flex",
            "VM.Standard.A1.Flex", "VM.GPU.A10.1");

    private final World world;
    private final ClusterPart clusters;

    NodePoolOptionsPart(World world, ClusterPart clusters) {
        this.world = world;
        this.clusters = clusters;
    }

    void register(OperationTable table) {
        table.on("getNodePoolOptions", GetNodePoolOptionsRequest.class, r -> Reply.of(options(r)));
    }

    private NodePoolOptions options(GetNodePoolOptionsRequest r) {
        String id = r.getNodePoolOptionId();
        if (id == null || id.isBlank()) {
            throw OciErrors.missing("nodePoolOptionId", "GetNodePoolOptions");
        }
        TreeSet<String> versions = new TreeSet<>();
        if ("all".equals(id)) {
            versions.addAll(PUBLISHED_VERSIONS);
            clusters.existing().map(Resource::model).map(Cluster::getKubernetesVersion).forEach(versions::add);
        } else {
            Cluster cluster = clusters.existing().filter(c -> c.id().equals(id)).map(Resource::model).findFirst()
                    .orElseThrow(() -> OciErrors.notFound("node pool option set", id));
            versions.add(cluster.getKubernetesVersion());
        }
        List<NodeSourceOption> sources = new ArrayList<>();
        List<String> images = new ArrayList<>();
        for (String v : versions) {
            for (String name : imageNames(v)) {
                images.add(name);
                sources.add(NodeSourceViaImageOption.builder().sourceName(name).imageId(imageId(name)).build());
            }
        }
        return NodePoolOptions.builder().kubernetesVersions(List.copyOf(versions)).shapes(SHAPES).images(images)
                .sources(sources).build();
    }

    private static final List<String> IMAGE_FAMILIES =
            List.of("Oracle-Linux-8.10-", "Oracle-Linux-8.10-aarch64-", "Oracle-Linux-8.10-Gen2-GPU-");

    /** The node images OKE names for Kubernetes version {@code v}. */
    private static List<String> imageNames(String v) {
        String plain = v.startsWith("v") ? v.substring(1) : v;
        List<String> names = new ArrayList<>(IMAGE_FAMILIES.size());
        for (String family : IMAGE_FAMILIES) {
            names.add(family + "2025.01.31-0-OKE-" + plain + "-760");
        }
        return names;
    }

    /**
     * The digest part of the published versions' image OCIDs, worked out once per JVM: it depends
     * on the image name only (the region is the OCID's prefix), and hashing a dozen names again for
     * every fake was a sizeable part of what an apply on a fresh fake allocates. An unmodifiable
     * map of constants, shared by every fake as any constant is.
     */
    private static final java.util.Map<String, String> PUBLISHED_DIGESTS = publishedDigests();

    private static java.util.Map<String, String> publishedDigests() {
        java.util.Map<String, String> digests = new java.util.HashMap<>();
        for (String v : PUBLISHED_VERSIONS) {
            for (String name : imageNames(v)) {
                digests.put(name, digest(name));
            }
        }
        return java.util.Map.copyOf(digests);
    }

    private static String digest(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 26);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Image OCIDs by image name, for this fake's region: a pure function of the two, asked for on
     * every node pool created, and a SHA-256 each time showed in allocation profiles. Few entries
     * (four versions, three images each), bounded all the same; per fake, as the testkit keeps no
     * static state.
     */
    private final java.util.Map<String, String> imageIds = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_CACHED_IMAGES = 1024;

    private String imageId(String name) {
        String cached = imageIds.get(name);
        if (cached != null) {
            return cached;
        }
        String made = hashedImageId(name);
        if (imageIds.size() < MAX_CACHED_IMAGES) {
            imageIds.put(name, made);
        }
        return made;
    }

    private String hashedImageId(String name) {
        String digest = PUBLISHED_DIGESTS.get(name);
        return "ocid1.image.oc1." + world.region().getRegionCode().toLowerCase(Locale.ROOT) + ".aaaaaaaa"
                + (digest != null ? digest : digest(name));
    }
}
