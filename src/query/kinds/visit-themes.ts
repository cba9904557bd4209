/**
 * Focused-visit themes as a question names them. Letters print their theme
 * in many wordings ("the front door", "contacts and referrals in the MASH",
 * "the first point of contact for children who need help and protection"):
 * each wording belongs to one or more theme groups, and a question's words
 * name groups, so "focused visits on the front door" finds every wording of it.
 */

export interface ThemeGroup {
  key: string;
  /** How the answer names the group. */
  label: string;
  /** Matches a theme as printed (lower case). */
  printed: RegExp;
  /** Matches the question's words (lower case, single spaces). */
  asked: RegExp;
}

export const THEME_GROUPS: readonly ThemeGroup[] = [
  {
    key: 'front-door',
    label: 'the front door',
    printed: /front[- ]door|contacts? and referrals|first point of contact|multi-agency safeguarding hub|\bmash\b/,
    asked: / (?:front door|mash|multi agency safeguarding hub|contacts? and referrals?|first point of contact) /,
  },
  {
    key: 'children-in-need',
    label: 'children in need and child protection',
    printed: /children in need|child[- ]in[- ]need|child protection|protection plan|help and protection/,
    asked: / (?:children in need|child in need|kids in need|cin|child protection plans?|child protection|cp plans?|cp|protection plans?|help and protection) /,
  },
  { key: 'children-in-care', label: 'children in care', printed: /children in care|looked[- ]after|placement/, asked: / (?:children in care|child in care|kids in care|young people in care|looked after|cla|lac|cic|placements?) / },
  // "CL" as staff shorten care leavers beside a visit ("Lincs CL FV Jul 25"), as CiC and CIN are.
  { key: 'care-leavers', label: 'care leavers', printed: /care leavers?|care-experienced|leaving care/, asked: / (?:care leavers?|careleavers|cls?|care experienced(?: young people| young adults| adults)?|(?:(?:young people|young adults|children|those) )?(?:leaving care|who (?:are leaving|have left|left) care)) / },
  // "Permanence planning": the letters print "planning and achieving permanence".
  { key: 'permanence', label: 'permanence', printed: /permanen/, asked: / (?:(?:planning (?:for |and achieving )?)?permanence(?: planning)?|permanency(?: planning)?) / },
  { key: 'leadership', label: 'leadership', printed: /leadership|leaders/, asked: / (?:leadership|leaders) / },
  // The visits of 2020-21 print their theme as "child-centred practice and care within the context of the restrictions … COVID-19".
  { key: 'covid', label: 'practice during the COVID-19 pandemic', printed: /covid|coronavirus|pandemic/, asked: / (?:covid|covid 19|coronavirus|pandemic|lockdown|child centred practice(?: and care)?) / },
  {
    key: 'pre-proceedings',
    label: 'pre-proceedings',
    printed: /pre-proceedings|letters? before proceedings|public law outline/,
    asked: / (?:pre proceedings|letters? before proceedings|lbps?|public law outline|plo) /,
  },
  { key: 'early-help', label: 'early help', printed: /early help/, asked: / early help / },
  {
    key: 'adolescents',
    label: 'vulnerable adolescents and extra-familial risk',
    printed: /adolescents|extra-familial|exploitation/,
    asked: / (?:adolescents?|teenagers?|extra familial(?: harm| risks?)?|exploitation|cse|cce|(?:(?:children|young people) )?(?:at )?(?:risk|harm|danger)s? outside (?:the )?(?:home|family)) /,
  },
  { key: 'decision-making', label: 'decision-making', printed: /decision-making|decision making/, asked: / (?:decision making|decisions?) / },
  { key: 'allegations', label: 'allegations against adults who work with children', printed: /adults who work with children|allegations|positions of trust/, asked: / (?:lado|allegations?|positions of trust) / },
];

/** The theme groups a question names (in the order of {@link THEME_GROUPS}). */
export function themesAsked(lower: string): ThemeGroup[] {
  return THEME_GROUPS.filter((g) => g.asked.test(lower));
}

/** Whether a visit's printed themes include one of `groups`. */
export function visitHasTheme(themes: readonly string[], groups: readonly ThemeGroup[]): boolean {
  return groups.some((g) => themes.some((t) => g.printed.test(t.toLowerCase())));
}

/**
 * `lower` with every match of `pattern` (spaced at both ends, not global) blanked, one at a time: a match takes the space
 * the next one starts with ("cin cp"), so a global replace would leave every second one.
 */
export function withoutEach(lower: string, pattern: RegExp): string {
  let out = lower;
  for (let before = ''; before !== out; ) [before, out] = [out, out.replace(pattern, ' ')];
  return out;
}
