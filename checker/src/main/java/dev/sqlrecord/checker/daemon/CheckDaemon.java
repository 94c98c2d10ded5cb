package dev.sqlrecord.checker.daemon;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The check daemon's entry point (docs/ARCHITECTURE.md §8, "The check daemon"): it loads the
 * checker through a class loader over the plugin's jars, listed in a file in the order the build's
 * class loader has them, so that the check's fingerprint of its own build (the jars' sizes and
 * times) is the one a check in the build's JVM takes, and its kept results serve both. Then
 * {@link DaemonServer} serves. This class uses the JDK alone.
 *
 * <p>Arguments: the socket's path, the lock file's path, the seconds to stay up without a
 * request, and the file listing the jars' URLs.
 */
public final class CheckDaemon {
    private CheckDaemon() {}

    public static void main(String[] args) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                urls.add(new java.net.URI(line.strip()).toURL());
            }
        }
        URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> server = Class.forName(CheckDaemon.class.getPackageName() + ".DaemonServer", true, loader);
        server.getMethod("serve", Path.class, Path.class, long.class, List.class)
                .invoke(null, Path.of(args[0]), Path.of(args[1]), Long.parseLong(args[2]), urls);
        // the common pool's and the JIT's threads must not keep the JVM up
        System.exit(0);
    }
}
