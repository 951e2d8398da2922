package dev.okenet.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.okenet.OkeNetwork;
import dev.okenet.reference.ReferenceNetworks;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The manifests the library renders (fabric8 objects, never hand-written JSON) are what a Kubernetes
 * API server stores: applied to the simulated cluster's API server and read back, every object is
 * equal to what was rendered, but for what the API server adds (metadata it stamps, the status, and
 * for Services the defaults and allocations of {@code SetDefaults_Service}: cluster IP, node ports).
 */
class RenderedManifestsRoundTripTest {
  static Stream<OkeNetwork> referenceNetworks() {
    return ReferenceNetworks.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceNetworks")
  void everyRenderedObjectReadsBackAsRendered(OkeNetwork network) {
    try (SimulatedOke oke = SimulatedOke.of(network)) {
      List<String> differences = new ArrayList<>();
      List<HasMetadata> rendered = oke.applied.manifests().all();
      for (HasMetadata object : rendered) {
        HasMetadata stored = oke.kube.resource(object).get();
        JsonNode expected = Serialization.jsonMapper().valueToTree(object);
        JsonNode actual = withoutServerFields(Serialization.jsonMapper().valueToTree(stored));
        if (object instanceof Service) {
          missingOrChanged("", expected, actual, differences, object);
        } else if (!expected.equals(actual)) {
          differences.add(kindAndName(object) + ": rendered " + expected + " but stored " + actual);
        }
      }

      assertThat(rendered).hasSizeGreaterThan(5);
      assertThat(differences).isEmpty();
    }
  }

  /** Drops what the API server stamps on every object: uid, resourceVersion, creationTimestamp, generation, status. */
  private static JsonNode withoutServerFields(JsonNode stored) {
    ObjectNode copy = stored.deepCopy();
    ObjectNode metadata = (ObjectNode) copy.get("metadata");
    metadata.remove(List.of("uid", "resourceVersion", "creationTimestamp", "generation"));
    copy.remove("status");
    if (copy.path("metadata").path("labels").isObject() && copy.path("kind").asText().equals("Namespace")) {
      // The API server labels every namespace with its name (kubernetes.io/metadata.name, Kubernetes 1.21+).
      ((ObjectNode) copy.path("metadata").path("labels")).remove("kubernetes.io/metadata.name");
    }
    return copy;
  }

  /** Every field set in {@code expected} is in {@code actual} with the same value; the server may add fields. */
  private static void missingOrChanged(String path, JsonNode expected, JsonNode actual, List<String> differences,
      HasMetadata object) {
    if (expected.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        missingOrChanged(path + "/" + field.getKey(), field.getValue(), actual.path(field.getKey()), differences, object);
      }
    } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
      for (int i = 0; i < expected.size(); i++) {
        missingOrChanged(path + "/" + i, expected.get(i), actual.get(i), differences, object);
      }
    } else if (!expected.equals(actual)) {
      differences.add(kindAndName(object) + path + ": rendered " + expected + " but stored " + actual);
    }
  }

  private static String kindAndName(HasMetadata object) {
    return object.getKind() + " " + object.getMetadata().getNamespace() + "/" + object.getMetadata().getName();
  }
}
