package io.govshare.samples.node;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** An embedded Derby database in a test's temporary folder: real SQL, nothing mocked. */
final class Derby implements AutoCloseable {

    private final String url;

    Derby(Path folder, String name) {
        this.url = "jdbc:derby:" + folder.resolve(name).toAbsolutePath() + ";create=true";
    }

    String url() {
        return url;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    void execute(String... statements) throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Every row of {@code query}, each as its columns' strings joined by '|'. */
    List<String> rows(String query) throws SQLException {
        try (Connection db = connect(); Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            List<String> result = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : "|").append(rows.getString(i));
                }
                result.add(row.toString());
            }
            return result;
        }
    }

    @Override
    public void close() {
        shutDown();
    }

    /** Shuts the database down, as a process exit would, so the next connection boots it from disk. */
    void shutDown() {
        try {
            DriverManager.getConnection(url.replace(";create=true", ";shutdown=true"));
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as SQLState 08006
            if (!"08006".equals(expected.getSQLState())) {
                throw new IllegalStateException("Derby did not shut down: " + expected.getMessage(), expected);
            }
        }
    }
}
