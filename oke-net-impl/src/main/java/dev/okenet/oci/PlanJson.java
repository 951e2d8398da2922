package dev.okenet.oci;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders a plan as JSON, for tools and review bots. */
final class PlanJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PlanJson() {}

  /** The JSON text. */
  static String render(Plan plan) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("network", plan.networkName());
    root.put("compartmentId", plan.compartmentId());
    ObjectNode summary = root.putObject("summary");
    summary.put("add", plan.count(ChangeAction.CREATE));
    summary.put("change", plan.count(ChangeAction.UPDATE));
    summary.put("replace", plan.count(ChangeAction.REPLACE));
    summary.put("destroy", plan.count(ChangeAction.DELETE));
    summary.put("unchanged", plan.count(ChangeAction.NO_OP));
    ArrayNode changes = root.putArray("changes");
    for (Change c : plan.actionable()) {
      ObjectNode n = changes.addObject();
      n.put("action", c.action().name());
      n.put("type", c.type().name());
      n.put("key", c.key().toString());
      n.put("displayName", c.displayName());
      c.resourceId().ifPresent(id -> n.put("resourceId", id));
      ArrayNode deps = n.putArray("dependencies");
      c.dependencies().forEach(d -> deps.add(d.toString()));
      ArrayNode diffs = n.putArray("diffs");
      for (FieldDiff d : c.diffs()) {
        ObjectNode dn = diffs.addObject();
        dn.put("field", d.field());
        d.before().ifPresent(b -> dn.put("before", b));
        d.after().ifPresent(a -> dn.put("after", a));
        dn.put("forcesReplacement", d.forcesReplacement());
      }
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A plan of plain strings and numbers always serialises", e);
    }
  }
}
