package io.govshare.security.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.govshare.security.audit.AuditReport;
import io.govshare.security.audit.AuditSegmentVerifier;
import io.govshare.security.identity.Certificates;
import io.govshare.security.identity.HubTrustStore;
import io.govshare.security.packet.PacketVerifier;
import io.govshare.security.packet.VerificationReport;
import io.govshare.security.receipt.ReceiptReport;
import io.govshare.security.receipt.ReceiptVerifier;

/**
 * The auditor's command line, {@code govshare-audit}: verifies a packet, a receipt or an exported audit
 * segment offline, against the hub's CA certificate and revocation lists.
 * <pre>
 * govshare-audit verify-packet  &lt;packet.gspkt&gt;  --ca &lt;hub-ca.pem&gt; [--crl &lt;crl.pem&gt;]... [--at &lt;instant&gt;] [--json]
 * govshare-audit verify-receipt &lt;receipt.json&gt; --ca &lt;hub-ca.pem&gt; --hub-cert &lt;hub.pem&gt; --tsa-cert &lt;tsa.pem&gt;
 *                               [--crl &lt;crl.pem&gt;]... [--packet &lt;packet.gspkt&gt;] [--at &lt;instant&gt;] [--json]
 * govshare-audit verify-audit   &lt;segment.json&gt; --ca &lt;hub-ca.pem&gt; [--crl &lt;crl.pem&gt;]... [--json]
 * </pre>
 * Exit status: 0 valid; 1 invalid, each reason and message printed; 2 usage error (bad arguments, a file
 * that cannot be read, a CA or CRL file that does not hold one), usage printed.
 */
public final class AuditorCli {

    /** Exit status: every check passed. */
    public static final int VALID = 0;
    /** Exit status: the file failed verification; each reason was printed. */
    public static final int INVALID = 1;
    /** Exit status: bad arguments or unreadable input; the usage was printed. */
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage:
              govshare-audit verify-packet  <packet.gspkt> --ca <hub-ca.pem> [--crl <crl.pem>]... [--at <instant>] [--json]
              govshare-audit verify-receipt <receipt.json> --ca <hub-ca.pem> --hub-cert <hub.pem> --tsa-cert <tsa.pem>
                                            [--crl <crl.pem>]... [--packet <packet.gspkt>] [--at <instant>] [--json]
              govshare-audit verify-audit   <segment.json> --ca <hub-ca.pem> [--crl <crl.pem>]... [--json]

            --ca        the hub's CA certificate(s), PEM (a bundle, or the option repeated)
            --crl       a revocation list of that CA, PEM (repeatable); a CRL no --ca signed is an error
            --at        the instant certificates must be valid at, e.g. 2026-11-22T08:30:00Z (default: now)
            --packet    also check that the receipt's manifestDigest is this packet's
            --json      print the report as JSON instead of text

            Exit status: 0 valid, 1 invalid (each reason printed), 2 usage error.
            """;

    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "verify-packet", Set.of("--ca", "--crl", "--at", "--json"),
            "verify-receipt", Set.of("--ca", "--crl", "--hub-cert", "--tsa-cert", "--packet", "--at", "--json"),
            "verify-audit", Set.of("--ca", "--crl", "--json"));
    private static final Set<String> FLAGS = Set.of("--json");
    private static final Set<String> REPEATABLE = Set.of("--ca", "--crl");

    private AuditorCli() {
    }

    /**
     * Runs one command and exits with its status.
     *
     * @param args the command, its file and its options, as in the usage
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs one command; what {@link #main} does, without exiting, for embedding and tests.
     *
     * @param args the command, its file and its options, as in the usage
     * @param out  where the report goes
     * @param err  where usage errors go
     * @return the exit status: {@link #VALID}, {@link #INVALID} or {@link #USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help"))) {
            out.print(USAGE_TEXT);
            return VALID;
        }
        try {
            Arguments arguments = Arguments.parse(args);
            return switch (arguments.command) {
                case "verify-packet" -> verifyPacket(arguments, out);
                case "verify-receipt" -> verifyReceipt(arguments, out);
                case "verify-audit" -> verifyAudit(arguments, out);
                default -> throw new UsageException("unknown command '" + arguments.command + "'");
            };
        } catch (UsageException e) {
            err.println("govshare-audit: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
    }

    private static int verifyPacket(Arguments arguments, PrintStream out) {
        HubTrustStore trust = trustStore(arguments);
        Path packet = existing(arguments.file, "packet");
        VerificationReport report = new PacketVerifier(trust).verify(packet, arguments.at);
        if (arguments.json()) {
            out.println(report.toJson());
        } else if (report.valid()) {
            out.println("VALID packet " + report.header().packetId() + " from " + report.header().sourceNode()
                    + " (" + report.header().resourceCode() + ", sequence " + report.header().sequence() + ", "
                    + report.header().recordCount() + " records), signer serial " + report.signerSerialHex()
                    + ", manifest digest " + report.manifestDigestHex());
        } else {
            out.println("INVALID packet " + packet);
            report.findings().forEach(finding -> out.println(finding.reason().code() + ": " + finding.message()));
        }
        return report.valid() ? VALID : INVALID;
    }

    private static int verifyReceipt(Arguments arguments, PrintStream out) {
        HubTrustStore trust = trustStore(arguments);
        X509Certificate hub = certificate(arguments.required("--hub-cert"), "--hub-cert");
        X509Certificate tsa = certificate(arguments.required("--tsa-cert"), "--tsa-cert");
        byte[] receipt = read(arguments.file, "receipt");
        String expectedDigest = null;
        String packetOption = arguments.optional("--packet");
        if (packetOption != null) {
            VerificationReport packet = new PacketVerifier(trust).verify(existing(packetOption, "--packet"),
                    arguments.at);
            if (packet.manifestDigestHex() == null) {
                out.println("INVALID: the manifest digest of packet " + packetOption + " cannot be computed");
                packet.findings().forEach(finding -> out.println(finding.reason().code() + ": " + finding.message()));
                return INVALID;
            }
            expectedDigest = packet.manifestDigestHex();
        }
        ReceiptReport report = new ReceiptVerifier(trust, hub, tsa).verify(receipt, expectedDigest, arguments.at);
        if (arguments.json()) {
            out.println(new String(report.toJson(), StandardCharsets.UTF_8));
        } else if (report.valid()) {
            out.println("VALID receipt " + arguments.file + ", timestamped at " + report.timestampedAt()
                    + (expectedDigest == null ? "" : ", for packet " + packetOption + " (manifest digest "
                    + expectedDigest + ")"));
        } else {
            out.println("INVALID receipt " + arguments.file);
            report.findings().forEach(finding -> out.println(finding.reason().code() + ": " + finding.message()));
        }
        return report.valid() ? VALID : INVALID;
    }

    private static int verifyAudit(Arguments arguments, PrintStream out) {
        HubTrustStore trust = trustStore(arguments);
        AuditReport report = new AuditSegmentVerifier(trust).verify(read(arguments.file, "audit segment"));
        if (arguments.json()) {
            out.println(new String(report.toJson(), StandardCharsets.UTF_8));
        } else if (report.valid()) {
            out.println("VALID audit segment " + arguments.file + ": "
                    + (report.lastSequence() == 0 ? "no entries" : "entries " + report.firstSequence() + ".."
                    + report.lastSequence() + ", first prevHash " + report.firstPrevHash() + ", last hash "
                    + report.lastHash()) + "; " + AuditReport.coverage(report.uncoveredEntries()));
        } else {
            out.println("INVALID audit segment " + arguments.file);
            report.findings().forEach(finding -> out.println(finding.reason().code() + ": " + finding.message()));
        }
        return report.valid() ? VALID : INVALID;
    }

    private static HubTrustStore trustStore(Arguments arguments) {
        List<X509Certificate> cas = new ArrayList<>();
        for (String file : arguments.all("--ca")) {
            try {
                cas.addAll(Certificates.readCertificates(text(file, "--ca")));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--ca " + file + ": " + e.getMessage());
            }
        }
        if (cas.isEmpty()) {
            throw new UsageException("--ca <hub-ca.pem> is required");
        }
        List<X509CRL> crls = new ArrayList<>();
        for (String file : arguments.all("--crl")) {
            try {
                crls.add(Certificates.readCrl(text(file, "--crl")));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--crl " + file + ": " + e.getMessage());
            }
        }
        HubTrustStore trust;
        try {
            trust = HubTrustStore.of(cas, crls);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--ca: " + e.getMessage());
        }
        // a CRL that no CA signed would silently revoke nothing: the auditor must hear of it
        if (trust.acceptedCrls().size() != crls.size()) {
            throw new UsageException("--crl: " + (crls.size() - trust.acceptedCrls().size())
                    + " CRL(s) are not signed by any --ca certificate");
        }
        return trust;
    }

    private static X509Certificate certificate(String file, String option) {
        try {
            return Certificates.readCertificate(text(file, option));
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + " " + file + ": " + e.getMessage());
        }
    }

    private static String text(String file, String what) {
        return new String(read(file, what), StandardCharsets.UTF_8);
    }

    private static byte[] read(String file, String what) {
        try {
            return Files.readAllBytes(existing(file, what));
        } catch (IOException e) {
            throw new UsageException(what + " " + file + " cannot be read: " + e);
        }
    }

    private static Path existing(String file, String what) {
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new UsageException(what + " " + file + (Files.exists(path) ? " is not a file" : " does not exist"));
        }
        return path;
    }

    /** A command line that cannot be run; exit status 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** The parsed command line: a command, one file, options (some repeatable) and flags. */
    static final class Arguments {
        final String command;
        final String file;
        /** The --at instant, or the time the command line was read. */
        final Instant at;
        private final Map<String, List<String>> options;

        private Arguments(String command, String file, Map<String, List<String>> options) {
            this.command = command;
            this.file = file;
            this.options = options;
            this.at = at();
        }

        static Arguments parse(String[] args) {
            if (args.length == 0) {
                throw new UsageException("a command is required");
            }
            String command = args[0];
            Set<String> allowed = OPTIONS.get(command);
            if (allowed == null) {
                throw new UsageException("unknown command '" + command + "'");
            }
            String file = null;
            Map<String, List<String>> options = new HashMap<>();
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                if (arg.startsWith("--")) {
                    if (!allowed.contains(arg)) {
                        throw new UsageException("unknown option " + arg + " for " + command);
                    }
                    List<String> values = options.computeIfAbsent(arg, name -> new ArrayList<>());
                    if (!values.isEmpty() && !REPEATABLE.contains(arg)) {
                        throw new UsageException(arg + " may be given only once");
                    }
                    if (FLAGS.contains(arg)) {
                        values.add("true");
                    } else if (i + 1 == args.length || args[i + 1].startsWith("--")) {
                        throw new UsageException(arg + " needs a value");
                    } else {
                        values.add(args[++i]);
                    }
                } else if (file == null) {
                    file = arg;
                } else {
                    throw new UsageException(command + " takes one file, got '" + file + "' and '" + arg + "'");
                }
            }
            if (file == null) {
                throw new UsageException(command + " needs the file to verify");
            }
            return new Arguments(command, file, options);
        }

        List<String> all(String option) {
            return options.getOrDefault(option, List.of());
        }

        String optional(String option) {
            List<String> values = all(option);
            return values.isEmpty() ? null : values.get(0);
        }

        String required(String option) {
            String value = optional(option);
            if (value == null) {
                throw new UsageException(option + " is required for " + command);
            }
            return value;
        }

        boolean json() {
            return options.containsKey("--json");
        }

        private Instant at() {
            String value = optional("--at");
            if (value == null) {
                return Instant.now();
            }
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new UsageException("--at must be an instant such as 2026-11-22T08:30:00Z, got '" + value + "'");
            }
        }
    }
}
