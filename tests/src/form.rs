//! Form helpers for E2E scenarios: the user's actions on the generic wizard (fill a text, pick a
//! State in the combobox, choose an option, tick a box, add a group item, write a text in every
//! output language, go to the next step), each by real clicks and typing through WebDriver, each
//! waiting until the page shows the result. Test ids follow `ui/README.md` ("Test ids of the
//! generic form").

use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::Locator;

use crate::e2e::{test_id, wait_for, App, Result};

/// The test id of a field (`field-<full path>`).
pub fn field(path: &str) -> String {
    format!("field-{path}")
}

/// CSS selector of an element id (ids hold dots and brackets: quoted attribute, not `#…`).
pub fn by_id(id: &str) -> String {
    format!("[id=\"{id}\"]")
}

/// What the completeness panel shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Completeness {
    pub done: u32,
    pub total: u32,
}

/// One `finding` row of the checks panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub code: String,
    pub severity: String,
    pub path: String,
}

impl App {
    /// Waits until the element is displayed and enabled.
    async fn ready(&self, id: &str, what: &str) -> Result<Element> {
        wait_for(&format!("{id} to be {what}"), || async {
            let el = self.client.find(Locator::Css(&test_id(id))).await?;
            Ok((el.is_displayed().await? && el.is_enabled().await?).then_some(el))
        })
        .await
    }

    /// Types `text` into the text field at `path` and waits until the field holds it.
    pub async fn fill(&self, path: &str, text: &str) -> Result {
        let id = field(path);
        self.type_into(&id, text).await?;
        self.wait_value(&id, text).await
    }

    /// Types a date (`YYYY-MM-DD`) into a date field as a user does with the keyboard, then
    /// leaves the field (Tab), which commits it.
    pub async fn fill_date(&self, path: &str, iso: &str) -> Result {
        let id = field(path);
        let el = self.ready(&id, "editable").await?;
        el.click().await?;
        el.send_keys(&date_keys(iso)).await?;
        el.send_keys(&Key::Tab).await?;
        self.wait_value(&id, iso).await
    }

    /// Writes the text of a localized field in each output language and marks each one final:
    /// `texts` = `[("en", "…"), ("ar", "…")]`.
    pub async fn fill_localized(&self, path: &str, texts: &[(&str, &str)]) -> Result {
        for (lang, text) in texts {
            let id = format!("{}.{lang}", field(path));
            self.type_into(&id, text).await?;
            self.wait_value(&id, text).await?;
            self.choose_by_id(&format!("{id}.status"), "final").await?;
        }
        Ok(())
    }

    /// Chooses the option with `value` in the select field at `path`.
    pub async fn choose(&self, path: &str, value: &str) -> Result {
        self.choose_by_id(&field(path), value).await
    }

    /// Chooses the option with `value` in the `<select>` with this test id.
    pub async fn choose_by_id(&self, id: &str, value: &str) -> Result {
        let el = self.ready(id, "enabled").await?;
        el.select_by_value(value).await?;
        self.wait_value(id, value).await
    }

    /// Ticks the checkbox with this test id (a yes/no field, an option of a multiple choice) and
    /// waits until it is checked.
    pub async fn tick(&self, id: &str) -> Result {
        let el = self.ready(id, "clickable").await?;
        if !el.is_selected().await? {
            el.click().await?;
        }
        wait_for(&format!("{id} to be checked"), || async {
            let el = self.client.find(Locator::Css(&test_id(id))).await?;
            Ok(el.is_selected().await?.then_some(()))
        })
        .await
    }

    /// Ticks a yes/no field.
    pub async fn tick_field(&self, path: &str) -> Result {
        self.tick(&field(path)).await
    }

    /// Ticks option `value` of a multiple-choice field.
    pub async fn tick_option(&self, path: &str, value: &str) -> Result {
        self.tick(&format!("{}.{value}", field(path))).await
    }

    /// Ticks, in a multiple reference field (a measure's offences or persons), the item whose
    /// label contains `label`, as the user reads it. Returns the item's id.
    pub async fn tick_reference(&self, path: &str, label: &str) -> Result<String> {
        let set = field(path);
        let prefix = format!("{set}.");
        let id = wait_for(&format!("a choice {label:?} in {set}"), || async {
            let fieldset = self.client.find(Locator::Css(&test_id(&set))).await?;
            for choice in fieldset.find_all(Locator::Css("label")).await? {
                if !choice.text().await?.contains(label) {
                    continue;
                }
                let input = choice
                    .find(Locator::Css("input[type=\"checkbox\"]"))
                    .await?;
                if let Some(id) = input.attr("data-testid").await? {
                    return Ok(Some(id));
                }
            }
            Ok(None)
        })
        .await?;
        self.tick(&id).await?;
        Ok(id.strip_prefix(&prefix).unwrap_or(&id).to_owned())
    }

    /// Picks a State in the combobox at `path`: types `query`, clicks the option with `code` in
    /// the list of results, and waits until the field holds that code.
    pub async fn pick_state(&self, path: &str, query: &str, code: &str) -> Result {
        let id = field(path);
        self.type_into(&id, query).await?;
        let option = format!(
            "{} li[role=\"option\"][data-code=\"{code}\"]",
            by_id(&format!("{id}-listbox"))
        );
        let el = wait_for(&format!("option {code} for {query:?}"), || async {
            let el = self.client.find(Locator::Css(&option)).await?;
            Ok(el.is_displayed().await?.then_some(el))
        })
        .await?;
        el.click().await?;
        self.wait_attr(&id, "data-code", code).await
    }

    /// Adds an item to the group at `path` (`content.measures`); returns its index once its card
    /// is shown.
    pub async fn add_item(&self, path: &str) -> Result<usize> {
        let mut n = 0;
        while !self
            .client
            .find_all(Locator::Css(&by_id(&field(&format!("{path}[{n}]")))))
            .await?
            .is_empty()
        {
            n += 1;
        }
        self.click(&format!("add-{path}")).await?;
        self.find_css(&by_id(&field(&format!("{path}[{n}]"))))
            .await?;
        Ok(n)
    }

    /// The id of the step shown (`data-step` of the step form).
    pub async fn current_step(&self) -> Result<String> {
        let form = self.find_css("#step-form").await?;
        Ok(form.attr("data-step").await?.unwrap_or_default())
    }

    /// Goes to step `id` through the step list and waits until it is shown.
    pub async fn open_step(&self, id: &str) -> Result {
        self.click(&format!("step-{id}")).await?;
        self.wait_step(id).await
    }

    /// Waits until the field at `path` shows `value` (what the user reads, not retyped).
    pub async fn wait_field(&self, path: &str, value: &str) -> Result {
        let id = field(path);
        self.wait_value(&id, value).await?;
        let el = self.find(&id).await?;
        crate::ensure!(
            el.is_displayed().await?,
            "{id} holds {value:?} but is not shown"
        );
        Ok(())
    }

    /// Waits until the field at `path` is marked as shared by the case (`shared-badge`).
    pub async fn wait_shared(&self, path: &str) -> Result {
        self.find_css(&format!(
            "{}[data-field=\"{path}\"]",
            test_id("shared-badge")
        ))
        .await?;
        Ok(())
    }

    /// Waits until step `id` is shown.
    pub async fn wait_step(&self, id: &str) -> Result {
        self.find_css(&format!("#step-form[data-step=\"{id}\"]"))
            .await?;
        Ok(())
    }

    /// Presses Next and waits for step `to`. When the app warns that the step still has
    /// blocking items (`step-incomplete`), returns an error unless `allow_incomplete`, in which
    /// case it continues anyway, as the user may.
    pub async fn next_step(&self, to: &str, allow_incomplete: bool) -> Result {
        if !allow_incomplete {
            // The check runs after each save: wait until the step list counts no blocking item
            // on this step (`data-blocking="0"`), else Next would (rightly) warn about a stale
            // report.
            let here = self.current_step().await?;
            let cleared = self
                .wait_attr(&format!("step-{here}"), "data-blocking", "0")
                .await;
            if let Err(e) = cleared {
                let findings = self.findings().await?;
                return Err(format!("{e}; findings: {findings:?}").into());
            }
        }
        self.click("step-next").await?;
        let target = format!("#step-form[data-step=\"{to}\"]");
        let warned = wait_for(
            &format!("step {to} or the incomplete-step prompt"),
            || async {
                if !self
                    .client
                    .find_all(Locator::Css(&target))
                    .await?
                    .is_empty()
                {
                    return Ok(Some(false));
                }
                Ok((!self.all("step-incomplete").await?.is_empty()).then_some(true))
            },
        )
        .await?;
        if warned {
            if !allow_incomplete {
                let findings = self.findings().await?;
                return Err(format!(
                    "Next warned that step {:?} is incomplete; findings: {findings:?}",
                    self.current_step().await?
                )
                .into());
            }
            self.click("step-incomplete-continue").await?;
            self.wait_step(to).await?;
        }
        Ok(())
    }

    /// Waits until every change is saved ("Saved").
    pub async fn wait_saved(&self) -> Result {
        self.wait_attr("save-status", "data-state", "saved").await
    }

    /// What the completeness panel shows now.
    pub async fn completeness(&self) -> Result<Completeness> {
        let panel = self.find("completeness").await?;
        let count = panel.find(Locator::Css("[data-done][data-total]")).await?;
        let num = |v: Option<String>| -> Result<u32> {
            Ok(v.ok_or("completeness without a count")?.parse()?)
        };
        Ok(Completeness {
            done: num(count.attr("data-done").await?)?,
            total: num(count.attr("data-total").await?)?,
        })
    }

    /// Waits until the completeness panel shows `done == total` (> 0) and returns it.
    pub async fn wait_complete(&self) -> Result<Completeness> {
        wait_for("completeness done == total", || async {
            let c = self.completeness().await?;
            Ok((c.total > 0 && c.done == c.total).then_some(c))
        })
        .await
        .map_err(|e| format!("{e}").into())
    }

    /// The finding rows shown now.
    pub async fn findings(&self) -> Result<Vec<Finding>> {
        let mut out = Vec::new();
        for row in self.all("finding").await? {
            let attr = |v: Option<String>| v.unwrap_or_default();
            out.push(Finding {
                code: attr(row.attr("data-code").await?),
                severity: attr(row.attr("data-severity").await?),
                path: attr(row.attr("data-path").await?),
            });
        }
        Ok(out)
    }

    /// Waits until no finding of severity `blocking` is shown; returns the findings left.
    pub async fn wait_no_blocking(&self) -> Result<Vec<Finding>> {
        let mut last = Vec::new();
        let res = wait_for("no blocking finding", || async {
            let all = self.findings().await?;
            let blocking = all.iter().any(|f| f.severity == "blocking");
            Ok((!blocking).then_some(all))
        })
        .await;
        match res {
            Ok(all) => Ok(all),
            Err(e) => {
                if let Ok(f) = self.findings().await {
                    last = f;
                }
                Err(format!("{e}; findings shown: {last:?}").into())
            }
        }
    }
}

/// The keys a user types into a date field: the parts of the date in the field's own order,
/// with Tab between them. WebKitGTK's date control (C.UTF-8, i.e. en-US) shows month / day /
/// year; keys typed through WebDriver do not auto-advance from one part to the next (digits typed
/// in one go leave the value empty), so the user's Tab moves on, as it does for a keyboard user.
pub fn date_keys(iso: &str) -> String {
    let mut parts = iso.split('-');
    let (y, m, d) = (
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
        parts.next().unwrap_or_default(),
    );
    let tab: &str = &Key::Tab;
    format!("{m}{tab}{d}{tab}{y}")
}
