package dev.sqlrecord.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A listener that keeps what it was told, in order: "beforeBatch", "before", "after", "afterBatch". */
public final class RecordingListener implements StatementListener {
    /** One call: which method, and its event (a {@link StatementEvent} or a {@link BatchEvent}). */
    public record Call(String method, Object event) {
        public StatementEvent statement() {
            return (StatementEvent) event;
        }

        public BatchEvent batch() {
            return (BatchEvent) event;
        }
    }

    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The methods called, in order. */
    public List<String> methods() {
        return calls().stream().map(Call::method).toList();
    }

    /** The events of {@link #afterStatement}, in order. */
    public List<StatementEvent> after() {
        return calls().stream()
                .filter(call -> call.method().equals("after"))
                .map(Call::statement)
                .toList();
    }

    public void clear() {
        calls.clear();
    }

    @Override
    public void beforeStatement(StatementEvent event) {
        calls.add(new Call("before", event));
    }

    @Override
    public void afterStatement(StatementEvent event) {
        calls.add(new Call("after", event));
    }

    @Override
    public void beforeBatch(BatchEvent batch) {
        calls.add(new Call("beforeBatch", batch));
    }

    @Override
    public void afterBatch(BatchEvent batch) {
        calls.add(new Call("afterBatch", batch));
    }
}
