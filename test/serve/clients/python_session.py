"""Drives a running `ps-attendance serve` with the Python 3 standard library only.

Usage: python3 python_session.py <server URL>. Checks every documented status and prints one JSON
line per step: {"step": ..., "status": ...}. Exits 1 with a message at the first surprise.
"""
import base64
import json
import sys
import urllib.error
import urllib.request

BASE = sys.argv[1].rstrip("/")


def call(method, path, body=None, headers=None):
    """Sends one request; returns (status, headers, parsed JSON or None)."""
    data = body if isinstance(body, (bytes, type(None))) else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(BASE + path, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status, reply_headers, text = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, reply_headers, text = error.code, error.headers, error.read()
    return status, reply_headers, (json.loads(text) if text else None)


def check(step, condition, detail):
    if not condition:
        print(f"python client: {step}: {detail}", file=sys.stderr)
        sys.exit(1)


def report(step, status):
    print(json.dumps({"step": step, "status": status}), flush=True)


def record(studentid, **fields):
    attendance = {"studentid": studentid, "att_date": "2025-09-02", "schoolid": "100", "yearid": "35",
                  "att_mode_code": "ATT_ModeDaily", "attendance_codeid": "12", "programid": "0"}
    attendance.update(fields)
    return {"tables": {"attendance": attendance}}


def post_json(path, payload, token, extra=None):
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {token}"}
    headers.update(extra or {})
    return call("POST", path, payload, headers)


# Reset, then a token the OAuth way.
status, _, _ = call("POST", "/_mock/reset")
check("reset", status == 204, status)
report("reset", status)
basic = base64.b64encode(b"ps-attendance-mock-client:ps-attendance-mock-secret").decode("ascii")
form = {"Authorization": f"Basic {basic}", "Content-Type": "application/x-www-form-urlencoded;charset=UTF-8"}
status, _, body = call("POST", "/oauth/access_token", b"grant_type=client_credentials", form)
check("token", status == 200 and body["token_type"] == "Bearer" and body["expires_in"].isdigit(), body)
token = body["access_token"]
report("token", status)

bad = base64.b64encode(b"ps-attendance-mock-client:wrong").decode("ascii")
status, headers, body = call("POST", "/oauth/access_token", b"grant_type=client_credentials", dict(form, Authorization=f"Basic {bad}"))
check("token with a wrong secret", status == 401 and body["error"] == "invalid_client", body)
report("token-wrong-secret", status)

status, _, body = call("POST", "/oauth/access_token", b"grant_type=password", form)
check("token with a wrong grant", status == 400 and body["error"] == "unsupported_grant_type", body)
report("token-wrong-grant", status)

# A valid write, then the same slot again: an upsert of the same row.
status, _, body = post_json("/ws/attendance/daily_time", {"record": [record("4242")]}, token)
check("write", status == 200 and body["results"]["insert_count"] == 1, body)
first_id = body["results"]["result"]["success_message"]["id"]
report("write", status)
status, _, body = post_json("/ws/attendance/daily_time", {"record": [record("4242", attendance_codeid="13")]}, token)
result = body["results"]["result"]
check("upsert", status == 200 and result["action"] == "UPDATE" and result["success_message"]["id"] == first_id, body)
report("upsert", status)

# 400 with per-record errors: record 1 is ATT_ModeTime without total_minutes.
payload = {"record": [record("1"), record("2", att_mode_code="ATT_ModeTime")]}
status, _, body = post_json("/ws/attendance/batch_daily_time", payload, token)
result = body["results"]["result"]
check("400", status == 400 and result["client_uid"] == 1 and result["status"] == "ERROR", body)
errors = result["error_message"]["error"]
errors = errors if isinstance(errors, list) else [errors]
check("400 errors", any(e["field"] == "attendance/total_minutes" for e in errors), errors)
report("validation-error", status)

# 401 without a token, 415 with the wrong content type.
status, headers, _ = call("POST", "/ws/attendance/daily_time", {"record": [record("1")]}, {"Content-Type": "application/json"})
check("401", status == 401 and headers["WWW-Authenticate"].startswith("Bearer"), status)
report("unauthorized", status)
status, _, _ = call("POST", "/ws/attendance/daily_time", b"{}", {"Content-Type": "text/plain", "Authorization": f"Bearer {token}"})
check("415", status == 415, status)
report("unsupported-media-type", status)

# Prefer: example=forbidden: the 403 a plugin gets for a field plugin.xml does not grant.
status, _, body = post_json("/ws/attendance/daily_time", {"record": [record("1")]}, token, {"Prefer": "example=forbidden"})
check("403", status == 403 and body["errors"][0]["code"] == "FIELD_ACCESS", body)
report("forbidden", status)

# Prefer: example=partial-failure: a 200 whose odd records are ERROR.
payload = {"record": [record("10"), record("11"), record("12")]}
status, _, body = post_json("/ws/attendance/batch_daily_time", payload, token, {"Prefer": "example=partial-failure"})
statuses = [r["status"] for r in body["results"]["result"]]
check("partial failure", status == 200 and statuses == ["SUCCESS", "ERROR", "SUCCESS"], body)
report("partial-failure", status)

# The control API: force a 500, read the records and requests, reset.
status, _, _ = call("POST", "/_mock/next-response", {"code": 500}, {"Content-Type": "application/json"})
check("next-response", status == 204, status)
status, _, _ = post_json("/ws/attendance/daily_time", {"record": [record("20")]}, token)
check("forced 500", status == 500, status)
report("server-error", status)
status, _, body = call("GET", "/_mock/records")
check("records", status == 200 and sorted(r["attendance"]["studentid"] for r in body["records"]) == ["10", "12", "4242"], body)
report("records", status)
status, _, body = call("GET", "/_mock/requests")
check("requests", status == 200 and len(body["requests"]) == 11, len(body["requests"]))
report("requests", status)
status, _, _ = call("POST", "/_mock/reset")
status, _, body = call("GET", "/_mock/records")
check("reset", body == {"records": []}, body)
report("reset-again", status)
