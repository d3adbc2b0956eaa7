package io.tickwise.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private test network of network namespaces (iproute2): one per node, each joined by a veth
 * pair to a bridge that lives in a namespace of its own, so no packet reaches the host's
 * interfaces. Names carry this process's id, so concurrent test runs on one machine never meet.
 */
final class NetworkNamespaces implements AutoCloseable {
    private final String prefix = "tw" + ProcessHandle.current().pid();
    private final String bridge = prefix + "br";
    private final List<String> created = new ArrayList<>();

    /** Whether this machine lets us make namespaces (root and iproute2), and if not, why. */
    static String unavailableBecause() {
        String probe = "tw" + ProcessHandle.current().pid() + "probe";
        try {
            Result add = ip("netns", "add", probe);
            if (add.status() != 0) {
                return "cannot create a network namespace: " + add.output().strip();
            }
            ip("netns", "del", probe);
            return null;
        } catch (IOException e) {
            return "iproute2's ip is not installed: " + e.getMessage();
        }
    }

    NetworkNamespaces() throws IOException {
        try {
            add(bridge);
            run(bridge, "ip", "link", "add", "br0", "type", "bridge");
            run(bridge, "ip", "link", "set", "br0", "up");
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** A namespace for one node with {@code address}/24 on the test network; its name, for {@link #command}. */
    String node(String name, String address) throws IOException {
        String namespace = prefix + name;
        String inside = prefix + name + "i";
        String outside = prefix + name + "o";
        add(namespace);
        check(ip("link", "add", inside, "netns", namespace, "type", "veth", "peer", "name", outside, "netns", bridge));
        run(namespace, "ip", "addr", "add", address + "/24", "dev", inside);
        run(namespace, "ip", "link", "set", inside, "up");
        run(bridge, "ip", "link", "set", outside, "master", "br0");
        run(bridge, "ip", "link", "set", outside, "up");
        return namespace;
    }

    /** {@code command} run inside {@code namespace}. */
    static List<String> command(String namespace, List<String> command) {
        List<String> inNamespace = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        inNamespace.addAll(command);
        return inNamespace;
    }

    private void add(String namespace) throws IOException {
        check(ip("netns", "add", namespace));
        created.add(namespace);
        run(namespace, "ip", "link", "set", "lo", "up");
    }

    private static void run(String namespace, String... command) throws IOException {
        check(exec(command(namespace, List.of(command))));
    }

    /** Deleting a namespace deletes the veth ends in it, and with them their peers. */
    @Override
    public void close() throws IOException {
        for (String namespace : created) {
            ip("netns", "del", namespace);
        }
    }

    private record Result(int status, String output) {
    }

    private static Result ip(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("ip"));
        command.addAll(List.of(args));
        return exec(command);
    }

    private static Result exec(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", command));
            }
            return new Result(p.exitValue(), String.join(" ", command) + ": " + output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
    }

    private static void check(Result result) throws IOException {
        if (result.status() != 0) {
            throw new IOException(result.output());
        }
    }
}
