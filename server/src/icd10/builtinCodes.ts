/**
 * Built-in ICD-10-CM table: the behavioral-health codes that group psychotherapy
 * (CPT 90853) practices commonly bill. Used when no full code file is configured
 * (`icd10.codesFile` / `icd10.orderFile`).
 *
 * Titles: the official long descriptions, byte for byte, from the FY2026 ICD-10-CM
 * "codes" file (CDC/NCHS `icd10cm-codes-2026.txt`, distributed by CMS as "Code
 * Descriptions in Tabular Order"; effective 2025-10-01 to 2026-09-30; public-domain
 * U.S. government data). The copy used is described in
 * ../shared/data/icd10cm/PROVENANCE.md (next to this repository).
 * The SELECTION of codes is the project's own (depressive, bipolar, anxiety, OCD,
 * trauma/stressor and adjustment, ADHD, eating, personality, substance use, nicotine,
 * schizophrenia spectrum, F39/F99, autism F84.0, conduct/ODD, Z55-Z65 psychosocial,
 * Z91.4x/Z91.5x); every entry is a billable (valid) FY2026 code. A code missing from
 * this table may still be valid: load the CMS file for a complete answer.
 *
 * Format: one entry per line, code without the dot, one space, long title.
 * Generated; do not edit titles by hand (test/unit/icd10.test.ts checks them
 * against the CMS file).
 */
const BUILTIN_CODE_LINES = `
F1010 Alcohol abuse, uncomplicated
F1011 Alcohol abuse, in remission
F10130 Alcohol abuse with withdrawal, uncomplicated
F10139 Alcohol abuse with withdrawal, unspecified
F1020 Alcohol dependence, uncomplicated
F1021 Alcohol dependence, in remission
F10230 Alcohol dependence with withdrawal, uncomplicated
F10239 Alcohol dependence with withdrawal, unspecified
F1090 Alcohol use, unspecified, uncomplicated
F1091 Alcohol use, unspecified, in remission
F10930 Alcohol use, unspecified with withdrawal, uncomplicated
F10939 Alcohol use, unspecified with withdrawal, unspecified
F1110 Opioid abuse, uncomplicated
F1111 Opioid abuse, in remission
F1113 Opioid abuse with withdrawal
F1120 Opioid dependence, uncomplicated
F1121 Opioid dependence, in remission
F1123 Opioid dependence with withdrawal
F1190 Opioid use, unspecified, uncomplicated
F1191 Opioid use, unspecified, in remission
F1193 Opioid use, unspecified with withdrawal
F1210 Cannabis abuse, uncomplicated
F1211 Cannabis abuse, in remission
F1213 Cannabis abuse with withdrawal
F1220 Cannabis dependence, uncomplicated
F1221 Cannabis dependence, in remission
F1223 Cannabis dependence with withdrawal
F1290 Cannabis use, unspecified, uncomplicated
F1291 Cannabis use, unspecified, in remission
F1293 Cannabis use, unspecified with withdrawal
F1310 Sedative, hypnotic or anxiolytic abuse, uncomplicated
F1311 Sedative, hypnotic or anxiolytic abuse, in remission
F13130 Sedative, hypnotic or anxiolytic abuse with withdrawal, uncomplicated
F13139 Sedative, hypnotic or anxiolytic abuse with withdrawal, unspecified
F1320 Sedative, hypnotic or anxiolytic dependence, uncomplicated
F1321 Sedative, hypnotic or anxiolytic dependence, in remission
F13230 Sedative, hypnotic or anxiolytic dependence with withdrawal, uncomplicated
F13239 Sedative, hypnotic or anxiolytic dependence with withdrawal, unspecified
F1390 Sedative, hypnotic, or anxiolytic use, unspecified, uncomplicated
F1391 Sedative, hypnotic or anxiolytic use, unspecified, in remission
F13930 Sedative, hypnotic or anxiolytic use, unspecified with withdrawal, uncomplicated
F13939 Sedative, hypnotic or anxiolytic use, unspecified with withdrawal, unspecified
F1410 Cocaine abuse, uncomplicated
F1411 Cocaine abuse, in remission
F1413 Cocaine abuse, unspecified with withdrawal
F1420 Cocaine dependence, uncomplicated
F1421 Cocaine dependence, in remission
F1423 Cocaine dependence with withdrawal
F1490 Cocaine use, unspecified, uncomplicated
F1491 Cocaine use, unspecified, in remission
F1493 Cocaine use, unspecified with withdrawal
F1510 Other stimulant abuse, uncomplicated
F1511 Other stimulant abuse, in remission
F1513 Other stimulant abuse with withdrawal
F1520 Other stimulant dependence, uncomplicated
F1521 Other stimulant dependence, in remission
F1523 Other stimulant dependence with withdrawal
F1590 Other stimulant use, unspecified, uncomplicated
F1591 Other stimulant use, unspecified, in remission
F1593 Other stimulant use, unspecified with withdrawal
F1610 Hallucinogen abuse, uncomplicated
F1611 Hallucinogen abuse, in remission
F1620 Hallucinogen dependence, uncomplicated
F1621 Hallucinogen dependence, in remission
F1690 Hallucinogen use, unspecified, uncomplicated
F1691 Hallucinogen use, unspecified, in remission
F17200 Nicotine dependence, unspecified, uncomplicated
F17201 Nicotine dependence, unspecified, in remission
F17203 Nicotine dependence unspecified, with withdrawal
F17208 Nicotine dependence, unspecified, with other nicotine-induced disorders
F17209 Nicotine dependence, unspecified, with unspecified nicotine-induced disorders
F17210 Nicotine dependence, cigarettes, uncomplicated
F17211 Nicotine dependence, cigarettes, in remission
F17213 Nicotine dependence, cigarettes, with withdrawal
F17218 Nicotine dependence, cigarettes, with other nicotine-induced disorders
F17219 Nicotine dependence, cigarettes, with unspecified nicotine-induced disorders
F17220 Nicotine dependence, chewing tobacco, uncomplicated
F17221 Nicotine dependence, chewing tobacco, in remission
F17223 Nicotine dependence, chewing tobacco, with withdrawal
F17228 Nicotine dependence, chewing tobacco, with other nicotine-induced disorders
F17229 Nicotine dependence, chewing tobacco, with unspecified nicotine-induced disorders
F17290 Nicotine dependence, other tobacco product, uncomplicated
F17291 Nicotine dependence, other tobacco product, in remission
F17293 Nicotine dependence, other tobacco product, with withdrawal
F17298 Nicotine dependence, other tobacco product, with other nicotine-induced disorders
F17299 Nicotine dependence, other tobacco product, with unspecified nicotine-induced disorders
F1810 Inhalant abuse, uncomplicated
F1811 Inhalant abuse, in remission
F1820 Inhalant dependence, uncomplicated
F1821 Inhalant dependence, in remission
F1890 Inhalant use, unspecified, uncomplicated
F1891 Inhalant use, unspecified, in remission
F1910 Other psychoactive substance abuse, uncomplicated
F1911 Other psychoactive substance abuse, in remission
F19130 Other psychoactive substance abuse with withdrawal, uncomplicated
F19139 Other psychoactive substance abuse with withdrawal, unspecified
F1920 Other psychoactive substance dependence, uncomplicated
F1921 Other psychoactive substance dependence, in remission
F19230 Other psychoactive substance dependence with withdrawal, uncomplicated
F19239 Other psychoactive substance dependence with withdrawal, unspecified
F1990 Other psychoactive substance use, unspecified, uncomplicated
F1991 Other psychoactive substance use, unspecified, in remission
F19930 Other psychoactive substance use, unspecified with withdrawal, uncomplicated
F19939 Other psychoactive substance use, unspecified with withdrawal, unspecified
F200 Paranoid schizophrenia
F201 Disorganized schizophrenia
F202 Catatonic schizophrenia
F203 Undifferentiated schizophrenia
F205 Residual schizophrenia
F2081 Schizophreniform disorder
F2089 Other schizophrenia
F209 Schizophrenia, unspecified
F250 Schizoaffective disorder, bipolar type
F251 Schizoaffective disorder, depressive type
F258 Other schizoaffective disorders
F259 Schizoaffective disorder, unspecified
F29 Unspecified psychosis not due to a substance or known physiological condition
F310 Bipolar disorder, current episode hypomanic
F3110 Bipolar disorder, current episode manic without psychotic features, unspecified
F3111 Bipolar disorder, current episode manic without psychotic features, mild
F3112 Bipolar disorder, current episode manic without psychotic features, moderate
F3113 Bipolar disorder, current episode manic without psychotic features, severe
F312 Bipolar disorder, current episode manic severe with psychotic features
F3130 Bipolar disorder, current episode depressed, mild or moderate severity, unspecified
F3131 Bipolar disorder, current episode depressed, mild
F3132 Bipolar disorder, current episode depressed, moderate
F314 Bipolar disorder, current episode depressed, severe, without psychotic features
F315 Bipolar disorder, current episode depressed, severe, with psychotic features
F3160 Bipolar disorder, current episode mixed, unspecified
F3161 Bipolar disorder, current episode mixed, mild
F3162 Bipolar disorder, current episode mixed, moderate
F3163 Bipolar disorder, current episode mixed, severe, without psychotic features
F3164 Bipolar disorder, current episode mixed, severe, with psychotic features
F3170 Bipolar disorder, currently in remission, most recent episode unspecified
F3171 Bipolar disorder, in partial remission, most recent episode hypomanic
F3172 Bipolar disorder, in full remission, most recent episode hypomanic
F3173 Bipolar disorder, in partial remission, most recent episode manic
F3174 Bipolar disorder, in full remission, most recent episode manic
F3175 Bipolar disorder, in partial remission, most recent episode depressed
F3176 Bipolar disorder, in full remission, most recent episode depressed
F3177 Bipolar disorder, in partial remission, most recent episode mixed
F3178 Bipolar disorder, in full remission, most recent episode mixed
F3181 Bipolar II disorder
F3189 Other bipolar disorder
F319 Bipolar disorder, unspecified
F320 Major depressive disorder, single episode, mild
F321 Major depressive disorder, single episode, moderate
F322 Major depressive disorder, single episode, severe without psychotic features
F323 Major depressive disorder, single episode, severe with psychotic features
F324 Major depressive disorder, single episode, in partial remission
F325 Major depressive disorder, single episode, in full remission
F3281 Premenstrual dysphoric disorder
F3289 Other specified depressive episodes
F329 Major depressive disorder, single episode, unspecified
F32A Depression, unspecified
F330 Major depressive disorder, recurrent, mild
F331 Major depressive disorder, recurrent, moderate
F332 Major depressive disorder, recurrent severe without psychotic features
F333 Major depressive disorder, recurrent, severe with psychotic symptoms
F3340 Major depressive disorder, recurrent, in remission, unspecified
F3341 Major depressive disorder, recurrent, in partial remission
F3342 Major depressive disorder, recurrent, in full remission
F338 Other recurrent depressive disorders
F339 Major depressive disorder, recurrent, unspecified
F340 Cyclothymic disorder
F341 Dysthymic disorder
F3481 Disruptive mood dysregulation disorder
F3489 Other specified persistent mood disorders
F349 Persistent mood [affective] disorder, unspecified
F39 Unspecified mood [affective] disorder
F4000 Agoraphobia, unspecified
F4001 Agoraphobia with panic disorder
F4002 Agoraphobia without panic disorder
F4010 Social phobia, unspecified
F4011 Social phobia, generalized
F408 Other phobic anxiety disorders
F409 Phobic anxiety disorder, unspecified
F410 Panic disorder [episodic paroxysmal anxiety]
F411 Generalized anxiety disorder
F413 Other mixed anxiety disorders
F418 Other specified anxiety disorders
F419 Anxiety disorder, unspecified
F422 Mixed obsessional thoughts and acts
F423 Hoarding disorder
F424 Excoriation (skin-picking) disorder
F428 Other obsessive-compulsive disorder
F429 Obsessive-compulsive disorder, unspecified
F430 Acute stress reaction
F4310 Post-traumatic stress disorder, unspecified
F4311 Post-traumatic stress disorder, acute
F4312 Post-traumatic stress disorder, chronic
F4320 Adjustment disorder, unspecified
F4321 Adjustment disorder with depressed mood
F4322 Adjustment disorder with anxiety
F4323 Adjustment disorder with mixed anxiety and depressed mood
F4324 Adjustment disorder with disturbance of conduct
F4325 Adjustment disorder with mixed disturbance of emotions and conduct
F4329 Adjustment disorder with other symptoms
F4381 Prolonged grief disorder
F4389 Other reactions to severe stress
F439 Reaction to severe stress, unspecified
F5000 Anorexia nervosa, unspecified
F50010 Anorexia nervosa, restricting type, mild
F50011 Anorexia nervosa, restricting type, moderate
F50012 Anorexia nervosa, restricting type, severe
F50013 Anorexia nervosa, restricting type, extreme
F50014 Anorexia nervosa, restricting type, in remission
F50019 Anorexia nervosa, restricting type, unspecified
F50020 Anorexia nervosa, binge eating/purging type, mild
F50021 Anorexia nervosa, binge eating/purging type, moderate
F50022 Anorexia nervosa, binge eating/purging type, severe
F50023 Anorexia nervosa, binge eating/purging type, extreme
F50024 Anorexia nervosa, binge eating/purging type, in remission
F50029 Anorexia nervosa, binge eating/purging type, unspecified
F5020 Bulimia nervosa, unspecified
F5021 Bulimia nervosa, mild
F5022 Bulimia nervosa, moderate
F5023 Bulimia nervosa, severe
F5024 Bulimia nervosa, extreme
F5025 Bulimia nervosa, in remission
F50810 Binge eating disorder, mild
F50811 Binge eating disorder, moderate
F50812 Binge eating disorder, severe
F50813 Binge eating disorder, extreme
F50814 Binge eating disorder, in remission
F50819 Binge eating disorder, unspecified
F5082 Avoidant/restrictive food intake disorder
F5089 Other specified eating disorder
F509 Eating disorder, unspecified
F600 Paranoid personality disorder
F601 Schizoid personality disorder
F602 Antisocial personality disorder
F603 Borderline personality disorder
F604 Histrionic personality disorder
F605 Obsessive-compulsive personality disorder
F606 Avoidant personality disorder
F607 Dependent personality disorder
F6081 Narcissistic personality disorder
F6089 Other specific personality disorders
F609 Personality disorder, unspecified
F840 Autistic disorder
F900 Attention-deficit hyperactivity disorder, predominantly inattentive type
F901 Attention-deficit hyperactivity disorder, predominantly hyperactive type
F902 Attention-deficit hyperactivity disorder, combined type
F908 Attention-deficit hyperactivity disorder, other type
F909 Attention-deficit hyperactivity disorder, unspecified type
F910 Conduct disorder confined to family context
F911 Conduct disorder, childhood-onset type
F912 Conduct disorder, adolescent-onset type
F913 Oppositional defiant disorder
F918 Other conduct disorders
F919 Conduct disorder, unspecified
F99 Mental disorder, not otherwise specified
Z550 Illiteracy and low-level literacy
Z551 Schooling unavailable and unattainable
Z552 Failed school examinations
Z553 Underachievement in school
Z554 Educational maladjustment and discord with teachers and classmates
Z555 Less than a high school diploma
Z556 Problems related to health literacy
Z558 Other problems related to education and literacy
Z559 Problems related to education and literacy, unspecified
Z560 Unemployment, unspecified
Z561 Change of job
Z562 Threat of job loss
Z563 Stressful work schedule
Z564 Discord with boss and workmates
Z565 Uncongenial work environment
Z566 Other physical and mental strain related to work
Z5681 Sexual harassment on the job
Z5682 Military deployment status
Z5689 Other problems related to employment
Z569 Unspecified problems related to employment
Z5900 Homelessness unspecified
Z5901 Sheltered homelessness
Z5902 Unsheltered homelessness
Z5910 Inadequate housing, unspecified
Z5911 Inadequate housing environmental temperature
Z5912 Inadequate housing utilities
Z5919 Other inadequate housing
Z592 Discord with neighbors, lodgers and landlord
Z593 Problems related to living in residential institution
Z5941 Food insecurity
Z5948 Other specified lack of adequate food
Z595 Extreme poverty
Z596 Low income
Z5971 Insufficient health insurance coverage
Z5972 Insufficient welfare support
Z59811 Housing instability, housed, with risk of homelessness
Z59812 Housing instability, housed, homelessness in past 12 months
Z59819 Housing instability, housed unspecified
Z5982 Transportation insecurity
Z59861 Financial insecurity, difficulty paying for utilities
Z59868 Other specified financial insecurity
Z59869 Financial insecurity, unspecified
Z5987 Material hardship due to limited financial resources, not elsewhere classified
Z5989 Other problems related to housing and economic circumstances
Z599 Problem related to housing and economic circumstances, unspecified
Z600 Problems of adjustment to life-cycle transitions
Z602 Problems related to living alone
Z603 Acculturation difficulty
Z604 Social exclusion and rejection
Z605 Target of (perceived) adverse discrimination and persecution
Z608 Other problems related to social environment
Z609 Problem related to social environment, unspecified
Z620 Inadequate parental supervision and control
Z621 Parental overprotection
Z6221 Child in welfare custody
Z6222 Institutional upbringing
Z6223 Child in custody of non-parental relative
Z6224 Child in custody of non-relative guardian
Z6229 Other upbringing away from parents
Z623 Hostility towards and scapegoating of child
Z626 Inappropriate (excessive) parental pressure
Z62810 Personal history of physical and sexual abuse in childhood
Z62811 Personal history of psychological abuse in childhood
Z62812 Personal history of neglect in childhood
Z62813 Personal history of forced labor or sexual exploitation in childhood
Z62814 Personal history of child financial abuse
Z62815 Personal history of intimate partner abuse in childhood
Z62819 Personal history of unspecified abuse in childhood
Z62820 Parent-biological child conflict
Z62821 Parent-adopted child conflict
Z62822 Parent-foster child conflict
Z62823 Parent-step child conflict
Z62831 Non-parental relative-child conflict
Z62832 Non-relative guardian-child conflict
Z62833 Group home staff-child conflict
Z62890 Parent-child estrangement NEC
Z62891 Sibling rivalry
Z62892 Runaway [from current living environment]
Z62898 Other specified problems related to upbringing
Z629 Problem related to upbringing, unspecified
Z630 Problems in relationship with spouse or partner
Z631 Problems in relationship with in-laws
Z6331 Absence of family member due to military deployment
Z6332 Other absence of family member
Z634 Disappearance and death of family member
Z635 Disruption of family by separation and divorce
Z636 Dependent relative needing care at home
Z6371 Stress on family due to return of family member from military deployment
Z6372 Alcoholism and drug addiction in family
Z6379 Other stressful life events affecting family and household
Z638 Other specified problems related to primary support group
Z639 Problem related to primary support group, unspecified
Z640 Problems related to unwanted pregnancy
Z641 Problems related to multiparity
Z644 Discord with counselors
Z650 Conviction in civil and criminal proceedings without imprisonment
Z651 Imprisonment and other incarceration
Z652 Problems related to release from prison
Z653 Problems related to other legal circumstances
Z654 Victim of crime and terrorism
Z655 Exposure to disaster, war and other hostilities
Z658 Other specified problems related to psychosocial circumstances
Z659 Problem related to unspecified psychosocial circumstances
Z91410 Personal history of adult physical and sexual abuse
Z91411 Personal history of adult psychological abuse
Z91412 Personal history of adult neglect
Z91413 Personal history of adult financial abuse
Z91414 Personal history of adult intimate partner abuse
Z91419 Personal history of unspecified adult abuse
Z9142 Personal history of forced labor or sexual exploitation
Z9149 Other personal history of psychological trauma, not elsewhere classified
Z9151 Personal history of suicidal behavior
Z9152 Personal history of nonsuicidal self-harm
`;

let parsed: ReadonlyMap<string, string> | undefined;

/** The built-in codes: code without dot (upper case) -> official long title, in tabular order. */
export function builtinCodes(): ReadonlyMap<string, string> {
  if (!parsed) {
    const map = new Map<string, string>();
    for (const line of BUILTIN_CODE_LINES.split('\n')) {
      const space = line.indexOf(' ');
      if (space > 0) map.set(line.slice(0, space), line.slice(space + 1));
    }
    parsed = map;
  }
  return parsed;
}
