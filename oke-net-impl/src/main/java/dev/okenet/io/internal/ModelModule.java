package dev.okenet.io.internal;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Jackson module of the model schema: model value types through {@link ValueSerializer} and
 * {@link ValueDeserializer} (names from {@link Mixins}), the model's short texts
 * ({@link TextForms}), rules and policy peers ({@link RuleForms}), NetworkPolicies
 * ({@link KubeConstructions#POLICY}), and strict scalars
 * ({@link Scalars}) in place of Jackson's coercing ones.
 */
final class ModelModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  ModelModule() {
    super("oke-net-model");
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    Mixins.ALL.forEach(context::setMixInAnnotations);
    context.addSerializers(new ModelSerializers());
    context.addDeserializers(new ModelDeserializers());
  }

  private static final class ModelSerializers extends Serializers.Base {
    private final Map<Class<?>, JsonSerializer<?>> byType = new ConcurrentHashMap<>();

    ModelSerializers() {
      TextForms.ALL.forEach(t -> byType.put(t.type(), t.serializer()));
      RuleForms.ALL.forEach(t -> byType.put(t.type(), t.serializer()));
      byType.put(KubeConstructions.POLICY.type(), KubeConstructions.POLICY.serializer());
    }

    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      JsonSerializer<?> known = byType.get(raw);
      // A record of a sealed model interface (Peer.CidrPeer, NetworkPolicy.Allow) is written by its interface's form.
      for (int i = 0; known == null && i < raw.getInterfaces().length; i++) {
        known = byType.get(raw.getInterfaces()[i]);
      }
      if (known != null) {
        return known;
      }
      return ValueType.of(raw).map(ValueSerializer::new).orElse(null);
    }
  }

  private static final class ModelDeserializers extends Deserializers.Base {
    private final Map<Class<?>, JsonDeserializer<?>> byType = new ConcurrentHashMap<>();

    ModelDeserializers() {
      byType.put(String.class, Scalars.TEXT);
      byType.put(Integer.class, Scalars.WHOLE_NUMBER);
      byType.put(int.class, Scalars.WHOLE_NUMBER);
      byType.put(Boolean.class, Scalars.TRUE_OR_FALSE);
      byType.put(boolean.class, Scalars.TRUE_OR_FALSE);
      TextForms.ALL.forEach(t -> byType.put(t.type(), t.deserializer()));
      RuleForms.ALL.forEach(t -> byType.put(t.type(), t.deserializer()));
      byType.put(KubeConstructions.POLICY.type(), KubeConstructions.POLICY.deserializer());
    }

    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config, BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      JsonDeserializer<?> known = byType.get(raw);
      if (known != null) {
        return known;
      }
      return ValueType.of(raw).map(t -> new ValueDeserializer(t, Constructions.ALL.get(t.type()))).orElse(null);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config, BeanDescription beanDesc) {
      return Scalars.constantOf((Class) type);
    }
  }
}
