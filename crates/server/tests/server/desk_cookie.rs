//! The desk's device cookie (issue 18): the claim also sets the device token as an
//! `HttpOnly` cookie sent to `/desk` only, and the two `/desk` calls take it in place of
//! the bearer header, so a desk's page keeps no credential a script could read.

use crate::desks::{agent_id, claimed_desk};
use crate::util::request;
use switchboard_protocol::{DeskRoster, DeviceCredential, SignInResponse};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_claim_sets_an_httponly_device_cookie_that_only_the_desk_calls_take() {
    let (dir, s, got) = claimed_desk().await;
    let cred: DeviceCredential = serde_json::from_str(&got.body).unwrap();
    assert!(cred.device_cookie, "the answer says the cookie is set");
    let set = got.header("set-cookie").expect("the claim sets a cookie");
    assert!(
        set.starts_with(&format!("switchboard_desk={};", cred.device_token)),
        "{set}"
    );
    for attribute in [
        "Path=/api/v1/desk;",
        "HttpOnly",
        "Secure",
        "SameSite=Strict",
    ] {
        assert!(set.contains(attribute), "{attribute} missing: {set}");
    }

    // The cookie alone lists who works here and signs one of them in with a PIN.
    let cookie = format!("switchboard_desk={}", cred.device_token);
    let with_cookie = [("Cookie", cookie.as_str())];
    let roster = request(&s, "GET", "/api/v1/desk", None, None, &with_cookie).await;
    assert_eq!(roster.status, 200, "{}", roster.body);
    let roster: DeskRoster = serde_json::from_str(&roster.body).unwrap();
    assert_eq!(roster.desk, cred.desk);
    let claire = agent_id(dir.path(), "claire@demo.switchboard");
    let pin = serde_json::json!({ "agent_id": claire.0, "pin": "1234" }).to_string();
    let signed = request(
        &s,
        "POST",
        "/api/v1/desk/session",
        None,
        Some(&pin),
        &with_cookie,
    )
    .await;
    assert_eq!(signed.status, 200, "{}", signed.body);
    let token = serde_json::from_str::<SignInResponse>(&signed.body)
        .unwrap()
        .token;
    assert_ne!(token, cred.device_token);

    // A wrong cookie is refused like a wrong token, and the cookie is no credential
    // anywhere but `/desk`.
    let wrong = [("Cookie", "switchboard_desk=00ff")];
    let refused = request(&s, "GET", "/api/v1/desk", None, None, &wrong).await;
    assert_eq!(refused.status, 401);
    let elsewhere = request(&s, "GET", "/api/v1/session", None, None, &with_cookie).await;
    assert_eq!(elsewhere.status, 401);
    s.stop().await;
}
