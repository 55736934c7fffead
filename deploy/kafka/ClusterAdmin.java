// A small admin tool for the brokers that deploy/kafka/kafka.sh runs, on Kafka's own Admin client:
//
//   java -cp '<kafka libs>/*' ClusterAdmin.java <admin.properties> quorum-leader
//   java -cp … ClusterAdmin.java <admin.properties> leaders <topic> [<topic> …]     "topic partition leader" lines
//   java -cp … ClusterAdmin.java <admin.properties> apply-acls '<json rules>'         from deploy/kafka/secure/acls.py --json
//
// Run from source (Java 11+ single-file programs), so nothing is compiled into the repository.
import java.io.FileInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

public class ClusterAdmin {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ClusterAdmin <admin.properties> quorum-leader | leaders <topic>… | apply-acls <json>");
            System.exit(2);
        }
        Properties props = new Properties();
        try (FileInputStream in = new FileInputStream(args[0])) {
            props.load(in);
        }
        props.putIfAbsent("request.timeout.ms", "15000");
        props.putIfAbsent("default.api.timeout.ms", "30000");
        try (Admin admin = Admin.create(props)) {
            switch (args[1]) {
                case "quorum-leader" ->
                    System.out.println(admin.describeMetadataQuorum().quorumInfo().get().leaderId());
                case "leaders" -> {
                    List<String> topics = Arrays.asList(args).subList(2, args.length);
                    for (TopicDescription d : admin.describeTopics(topics).allTopicNames().get().values()) {
                        d.partitions().forEach(p -> System.out.println(
                            d.name() + " " + p.partition() + " " + (p.leader() == null ? -1 : p.leader().id())));
                    }
                }
                case "apply-acls" -> {
                    List<AclBinding> bindings = parseRules(args[2]);
                    admin.createAcls(bindings).all().get();
                    System.err.println("ClusterAdmin: " + bindings.size() + " ACL bindings applied");
                }
                default -> {
                    System.err.println("unknown command " + args[1]);
                    System.exit(2);
                }
            }
        }
    }

    // The JSON is a list of [principal, operation, resource type, pattern type, resource name] lists of
    // plain strings, so a regular expression is enough and no JSON library is needed on the class path.
    static List<AclBinding> parseRules(String json) {
        Matcher m = Pattern.compile("\\[\\s*\"([^\"]+)\",\\s*\"([^\"]+)\",\\s*\"([^\"]+)\",\\s*\"([^\"]+)\",\\s*\"([^\"]+)\"\\s*\\]")
            .matcher(json);
        List<AclBinding> out = new ArrayList<>();
        while (m.find()) {
            ResourcePattern resource = new ResourcePattern(ResourceType.fromString(m.group(3)), m.group(5),
                                                           PatternType.fromString(m.group(4)));
            AccessControlEntry entry = new AccessControlEntry(m.group(1), "*", AclOperation.fromString(m.group(2).replaceAll("([a-z])([A-Z])", "$1_$2")),
                                                              AclPermissionType.ALLOW);
            out.add(new AclBinding(resource, entry));
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no ACL rules in the JSON given");
        return out;
    }
}
