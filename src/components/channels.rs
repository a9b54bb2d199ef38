use crate::content::{Line, Text};
use crate::events;
use crate::phone;
use leptos::prelude::*;

/// A link that reaches a line by one channel and reports the tap as
/// `kts:call` (`channel`: `tel`, `sms`, `chat` or `web`). Web addresses open
/// in a new tab with no referrer, so the partner's page stays put and the
/// line's site learns nothing about where the reader came from.
#[component]
pub fn ChannelLink(
    /// The id of the line it reaches (a region code for a region's directory).
    id: &'static str,
    /// `tel`, `sms`, `chat` or `web`.
    channel: &'static str,
    /// The link's address.
    href: String,
    /// Extra class for the link.
    #[prop(optional)]
    class: &'static str,
    /// The words of the reader's language (for "opens in a new tab").
    text: &'static Text,
    /// A name for screen readers, when the visible text reads badly.
    #[prop(optional)]
    label: Option<String>,
    /// The link's content.
    children: Children,
) -> impl IntoView {
    let external = matches!(channel, "chat" | "web");
    let on_click = move |ev: leptos::ev::MouseEvent| events::call(&ev.target().into(), id, channel);
    view! {
        <a
            class=format!("kts-link kts-{channel} {class}")
            href=href
            data-line=id
            aria-label=label
            target=external.then_some("_blank")
            rel=external.then_some("noopener noreferrer")
            on:click=on_click
        >
            {children()}
            {external.then(|| view! { <span class="kts-sr">" " {text.ui.new_tab}</span> })}
        </a>
    }
}

/// A `tel:` link to a line: the advertised letters, if any, with the digits
/// beside them, after the word "Call" unless `bare`.
#[component]
pub fn CallLink(
    /// The line to call.
    line: &'static Line,
    /// The words of the reader's language.
    text: &'static Text,
    /// Extra class for the link (the banner's big button uses one).
    #[prop(optional)]
    class: &'static str,
    /// Only the number, for a link inside a sentence that already says "call".
    #[prop(optional)]
    bare: bool,
) -> impl IntoView {
    let digits = match line.vanity {
        Some(_) => format!("({})", line.display),
        None => line.display.to_owned(),
    };
    // Read the number digit by digit ("one eight four four..."), after the
    // visible words so that speech users can say what they see.
    let shown = line.vanity.unwrap_or(line.display);
    let call = if bare {
        String::new()
    } else {
        format!("{} ", text.ui.call)
    };
    let label = format!("{call}{shown}: {}", phone::spoken(line.display));
    view! {
        <ChannelLink id=line.id channel="tel" href=format!("tel:{}", line.e164) class text label>
            {(!bare).then(|| format!("{} ", text.ui.call))}
            {line.vanity.map(|v| view! { <span class="kts-vanity">{v}</span> " " })}
            <span class="kts-digits">{digits}</span>
        </ChannelLink>
    }
}

/// Every way to reach a line: call, text, chat, report online. Each is its
/// own tap target.
#[component]
pub fn Channels(
    /// The line.
    line: &'static Line,
    /// The words of the reader's language.
    text: &'static Text,
    /// Class of the call link (the banner makes it a big button).
    #[prop(optional)]
    call_class: &'static str,
) -> impl IntoView {
    let sms = line.sms.map(|n| {
        // A line that takes texts on its own number shows it as written.
        let shown = if n == line.e164 { line.display } else { n };
        view! {
            <ChannelLink id=line.id channel="sms" href=format!("sms:{n}") text>
                {text.ui.text} " " {shown}
            </ChannelLink>
        }
    });
    let chat = line.chat.map(|url| {
        view! { <ChannelLink id=line.id channel="chat" href=url.to_owned() text>{text.ui.chat}</ChannelLink> }
    });
    let web = line.web.map(|url| {
        view! { <ChannelLink id=line.id channel="web" href=url.to_owned() text>{text.ui.web}</ChannelLink> }
    });
    view! {
        <p class="kts-channels">
            <CallLink line text class=call_class />
            {sms}
            {chat}
            {web}
        </p>
    }
}
