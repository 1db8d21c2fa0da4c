package org.sovereigntywatch.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.http.HttpDsl.ws;

/**
 * Speaks Vaadin Flow's client protocol as the browser does, so that each virtual user is a real server-side session
 * with a real UI. After the sign-in form and the bootstrap request ({@code v-r=init}), every interaction is a UIDL
 * request ({@code v-r=uidl}): a JSON list of RPCs (navigation, property syncs, DOM events, server method calls)
 * carrying the UI's CSRF token, the last {@code syncId} the server sent and the client's own message counter
 * ({@code clientId}); the server refuses a request whose token or counter is wrong. Each response carries the next
 * {@code syncId} and {@code clientId}, and the tree changes from which the script reads the node numbers of the
 * components it needs, found by their element ids.
 * <p>
 * The script sends client-to-server messages over HTTP, as the application's client does ({@code alwaysXhrToServer}).
 * A simulation that keeps pages open also opens the push channel a browser holds ({@link #openPush}); otherwise what
 * the server pushes waits for the next response. It does not fetch the static resources a browser caches after the
 * first visit.
 */
final class VaadinClient {

    private static final String UIDL = "/?v-r=uidl&v-uiId=#{uiId}";
    /**
     * Each request's name starts with the session's {@code phase} (empty, or "after loss · " once a node was lost), so
     * that the report tells the figures before and after apart.
     */
    static final String PHASE = "#{phase}";

    private VaadinClient() {
    }

    /** The sign-in form, then the bootstrap of the page it leads to: the session holds a UI afterwards. */
    static ChainBuilder signIn() {
        return exec(http(PHASE + "sign-in page").get("/login")
                .check(css("meta[name='_csrf']", "content").saveAs("csrf")))
                .exec(http(PHASE + "sign in").post("/login")
                        .formParam("username", "#{username}")
                        .formParam("password", "#{password}")
                        .formParam("_csrf", "#{csrf}")
                        // Refused credentials lead back to the sign-in page.
                        .check(currentLocation().transform(location -> location.contains("/login")).is(false)))
                .exec(http(PHASE + "bootstrap").get("/?v-r=init&location=&query=")
                        .check(jsonPath("$.appConfig['v-uiId']").ofInt().saveAs("uiId"),
                                jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("csrfToken"),
                                jsonPath("$.appConfig.uidl.syncId").ofInt().saveAs("syncId"),
                                jsonPath("$.appConfig.uidl.clientId").ofInt().saveAs("clientId"),
                                jsonPath("$.appConfig.uidl['Vaadin-Push-ID']").saveAs("pushId")))
                .exec(session -> session.set("historyIndex", 0));
    }

    /**
     * Opens the page's push channel as the browser's Atmosphere client does, a WebSocket the server keeps for the
     * page's life (the address and parameters Vaadin's client uses), and waits for Atmosphere's first message.
     */
    static ChainBuilder openPush() {
        return exec(ws(PHASE + "push").connect("/VAADIN/push?v-r=push&v-uiId=#{uiId}&v-pushId=#{pushId}"
                        + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                        + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                        + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true")
                .await(Duration.ofSeconds(30)).on(ws.checkTextMessage(PHASE + "push opened")
                        // Atmosphere's handshake: length|tracking id|heartbeat|padding|
                        .check(regex("^\\d+\\|[0-9a-f-]{36}\\|"))));
    }

    /** Follows an in-app link: the router's navigation event, answered with the new view's tree. */
    static ChainBuilder navigate(String name, Function<Session, String> route, Function<Session, String> query,
                                 CheckBuilder... checks) {
        return exec(send(name, List.of(session -> """
                {"type":"event","node":1,"event":"ui-navigate","data":{"route":"%s","query":"%s",\
                "appShellTitle":"","historyState":{"idx":%d},"trigger":""}}"""
                .formatted(route.apply(session), query.apply(session), session.getInt("historyIndex") + 1)), checks))
                .exec(session -> session.set("historyIndex", session.getInt("historyIndex") + 1));
    }

    /** The grid asks for the rows it shows: a call of its {@code setViewportRange} server method. */
    static Function<Session, String> rows(String gridNode, int first, int count) {
        return session -> """
                {"type":"publishedEventHandler","node":%d,"templateEventMethodName":"setViewportRange",\
                "templateEventMethodArgs":[%d,%d]}""".formatted(session.getInt(gridNode), first, count);
    }

    /**
     * A typed value, as the field's change event brings it: the property, then the event. The script types plain
     * ASCII words only, so the value goes into the JSON unescaped.
     */
    static Function<Session, String> type(String fieldNode, Function<Session, String> value) {
        return session -> """
                {"type":"mSync","node":%1$d,"feature":1,"property":"value","value":"%2$s"},\
                {"type":"event","node":%1$d,"event":"change","data":{}}"""
                .formatted(session.getInt(fieldNode), value.apply(session));
    }

    static Function<Session, String> click(String buttonNode) {
        return session -> """
                {"type":"event","node":%d,"event":"click","data":{"event.shiftKey":false,"event.metaKey":false,\
                "event.detail":1,"event.ctrlKey":false,"event.clientX":10,"event.clientY":10,"event.altKey":false,\
                "event.button":0,"event.screenY":10,"event.screenX":10}}""".formatted(session.getInt(buttonNode));
    }

    /** The browser's heartbeat, every five minutes while the page is open: keeps the UI alive. */
    static HttpRequestActionBuilder heartbeat() {
        return http(PHASE + "heartbeat").post("/?v-r=heartbeat&v-uiId=#{uiId}").check(status().is(200));
    }

    /** Saves the node number of the component with this element id, from a response that renders it. */
    static CheckBuilder node(String elementId, String saveAs) {
        return regex("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"" + elementId + "\"\\}")
                .transform(Integer::valueOf).saveAs(saveAs);
    }

    /**
     * One UIDL request: the RPCs with the UI's token and counters; the response must be a normal one (not an
     * expired session or a refused message), and its counters are kept for the next request.
     */
    static HttpRequestActionBuilder send(String name, List<Function<Session, String>> rpcs, CheckBuilder... checks) {
        return http(PHASE + name).post(UIDL)
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> """
                        {"csrfToken":"%s","rpc":[%s],"syncId":%d,"clientId":%d}""".formatted(
                        session.getString("csrfToken"),
                        rpcs.stream().map(rpc -> rpc.apply(session)).collect(Collectors.joining(",")),
                        session.getInt("syncId"),
                        session.getInt("clientId"))))
                .check(status().is(200),
                        regex("^\\{\"clientId\":(\\d+)").transform(Integer::valueOf).saveAs("clientId"),
                        regex("\"syncId\":(\\d+)}$").transform(Integer::valueOf).saveAs("syncId"),
                        substring("sessionExpired").notExists(),
                        substring("appError").notExists())
                .check(checks);
    }
}
