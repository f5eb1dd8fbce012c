/**
 * Findings text for the synthetic corpus, copied verbatim from the four seed letters
 * (seeds/000–003), grouped by the judgement heading they appeared under. The seeds have no
 * "Areas for priority action", so that pool is written in the same register, reusing the most
 * serious wording of seed 003's areas for development.
 */

import type { Judgement } from '../../src/schemas/document.ts';

export type { Judgement };

const strength: readonly string[] = [
  'Child centred work, with an effective focus on the protection of children, is evident. Direct work with children is often good, leading to their wishes and feelings being identified and taken seriously within assessments.',
  'The diverse and individual needs of children and their families are identified and contribute demonstrably to assessments of risk and need.',
  'Child protection enquiries are thorough and include a sustained focus on the child, particularly where their parent or carer also need support or are vulnerable.',
  'Workers reported very good support, guidance and direction given by their team managers. Reflective professional practice and continuous staff development are evident throughout the service.',
  'Staff have good access to a wide range of training from internal and external providers. The training undertaken is relevant and focuses well on improving service delivery.',
  'Operational and senior managers focus effectively on performance management and quality assurance. The recently enhanced audit programme aims to ensure that the service focuses on risks and needs of children and young people.',
  'Support services, notably legal services and the emergency duty team, are timely and provide clear and robust support in delivering safeguarding objectives.',
  'Child protection enquiries in relation to disabled children are sensitive to their additional vulnerabilities.',
  'Senior managers are highly visible and well informed about the needs of children within the area, based on thorough audit and service evaluation. They exercise good oversight of individual cases and a good level of professional support and challenge to the social workers involved.',
  'A robust performance management culture, well led by senior managers and involving all staff, is driving improvements in outcomes for children and young people. Performance management information is shared with staff at all levels enabling them to monitor their work closely and ensure it is completed within timescales.',
  'The diverse needs of children, young people and their families are dealt with sensitively and actively incorporated into plans for safeguarding. Social workers are proactive and imaginative in devising approaches that respond to issues of equality and diversity. Good examples seen by inspectors included work with travelling families; intervention based on research evidence and assessments for children with disabilities.',
];

const meetsRequirements: readonly string[] = [
  "Action needed to ensure children's safety is identified and implemented promptly. Practice and procedures comply with statutory requirements.",
  'Children suffering or at risk of significant harm are identified and receive a prompt response.',
  'Management overview of assessments and interventions by workers is timely, focused and relevant.',
  'Referrals are allocated in a timely way, inspectors found no unallocated work within the duty and assessment service.',
  'Work identified as requiring a child protection response is allocated to qualified and, mostly, experienced social workers.',
  'Effective procedures and practices are in place to ensure that statutory requirements to safeguard children and young people are met.',
  'Contacts and referrals are responded to promptly and there is effective decision making regarding required actions.',
  'Social workers have manageable caseloads and complete assessments in a timely fashion. Effective partnerships with police, health and education professionals ensure that emerging child protection concerns are investigated promptly and effectively.',
  'The quality of initial and core assessments is adequate overall, and some seen are of good quality. Assessments satisfactorily identify needs, strengths and risks with sufficient analysis to enable suitable services to be identified.',
  'Most case records and assessments include appropriate information and analysis of ethnic origin, religious and cultural issues relating to children and their families. Interpreter services are available and used effectively.',
  'Children are seen by social workers during assessments, and where necessary are seen alone. Their views, and those of other family members, are taken into account.',
  'Case recording is generally up to date and there is sufficient evidence of management decision making on case files. This was an area for development at the last inspection.',
  'The emergency duty team provides an effective service. Communication with daytime staff is prompt, enabling concerns to be assessed and appropriate services to be provided to children and families.',
  'Staff have access to a range of good training opportunities and social workers maintain an up to date knowledge of safeguarding developments and practice. This was an area for development at the last inspection.',
  'Performance monitoring and case file auditing are routinely undertaken. Findings are discussed with social workers and identify both areas of good practice and areas for improvement. Information is aggregated and used to inform team development plans.',
  'Staff consistently implement agreed policies and procedures to manage risk of harm and ensure the best possible outcomes for children and young people. Initial contacts are effectively screened with explicit reference to thresholds. Risk of harm is assessed and managed appropriately.',
  'Decision making on contact and referrals is made in accordance with timescales set out in statutory guidelines. Outcomes are recorded clearly and consistent and effective management oversight provides supportive guidance for social workers.',
  'The common assessment framework (CAF) is used to assist in providing early intervention to children and families. When the CAF identifies a need for statutory intervention, this is supported by the effective sharing of information from the other agencies involved with preventative work such as the Team Around the Child.',
  'All initial and core assessments seen by inspectors are of at least a satisfactory standard and some are good. Assessments are based on the identification and analysis of all the circumstances relevant to the case.',
  'Children are routinely seen as part of the assessment process and their views inform subsequent plans to meet their needs.',
  'Child protection enquiries are timely and are always carried out by suitably qualified workers. Social workers and police work together to ensure timely and effective responses to identified needs.',
  'Record keeping is up-to-date and evidences effective management of the risk of harm, sound decision making and good planning. Management oversight is consistently provided and supports staff to ensure that actions to safeguard children and young people are clear and appropriate.',
  'The experience and views of children and parents are gathered systematically and used to influence service delivery and development. For example, a recent survey of parents involved in initial assessments has resulted in specific recommendations for improvement in practice.',
  'Casework supervision is regular, consistently recorded and results in clear decisions and actions for staff in safeguarding children.',
  'Staff have good access to training and development opportunities to update their knowledge and promote their development. Learning from serious case reviews is actively promoted and informs the development of practice.',
  'The views of children and young people are consistently sought and recorded during assessments. Children and young people are appropriately seen alone and their views are taken into account in informing planning and evaluating outcomes.',
  'There is good evidence of a strong and mutually supportive working relationship between the duty and longer term teams. A recently introduced flexible working arrangement between the teams ensures that qualified and suitably experienced social workers are available to undertake child protection investigations when required.',
  'The co-location of the common assessment framework (CAF) co-ordinator within the duty team is leading to a more effective and appropriate use of the CAF. Increasing numbers of CAFs are being undertaken with good participation from partner agencies, children and families. Managers recognise that further work is needed to ensure the CAF is fully embedded.',
  "Social workers routinely consult with other agencies when undertaking assessments of need and risk. There is evidence of a strong working relationship between children's social care and the police.",
  'Out of hours duty arrangements are robust and linked well to the day contact, referral and assessment services.',
  'In most cases seen by inspectors the ethnicity of children and young people was recorded. There are appropriate arrangements in place for access to more specialised services, including agencies that provide interpretation and translation facilities, when these are required to meet the diverse needs of children, young people and their families.',
  'Case discussion between social workers and their managers are suitably recorded on case files. Staff report that they are well supported by their managers who are accessible and provide advice.',
  'Social workers have manageable caseloads and the majority of work is allocated in a timely manner.',
  'A system for the transfer of cases to the long term team is supported by a clear protocol that is effectively and rigorously applied and supports timely continuity of service provision.',
  'The employment of a Safeguarding Quality Assurance Manager who established a routine case file auditing process has resulted in some improvements in both practice and procedure. Examples of this include the introduction of a risk assessment matrix to be used in child protection cases and new procedures in relation to the use of chronologies on case files.',
  'Performance management information is routinely available to team managers. This enables managers to have a clear overview of caseloads, to track the timeliness of assessments, and identify ongoing patterns and trends in the performance of their teams.',
  "Effective action to recruit permanent staff has reduced reliance on agency workers and increased workforce stability. Children's social care staffing levels have been protected in the recent budget decisions. The council is developing a register of social workers in order to ensure there is access to a pool of appropriately qualified additional staff when needed.",
  'Social workers receive regular supervision, evidenced on case files seen by inspectors. Team managers and their staff have undertaken joint training on supervision and a new template has been introduced to facilitate critical reflective supervision.',
];

const areaForDevelopment: readonly string[] = [
  'Initial responses by social care staff are inconsistent in identifying the needs of children who do not meet the threshold for child protection enquiries. Thresholds are not clearly or consistently articulated between referrals within the common assessment framework and those requiring an initial social care assessment.',
  'Workforce capacity is sufficient overall to meet the demand for service but the proportion of qualified social workers is too low. The duty team currently has no qualified social workers, although the team manager provides active oversight and appropriate prioritising and allocating of child protection work to qualified social workers in other teams.',
  'The arrangements for transferring cases between teams are not sufficiently efficient to support continuity in services experienced by children and young people.',
  'Record keeping overall was insufficiently focused and analytical although some excellent examples of timely case recording of purposeful practice were seen by inspectors.',
  'While supervision records demonstrate timely case management, guidance and direction, recording of the individual, professional development of staff is poor.',
  'While social workers report that they are well supported the quality of individual supervision recording is variable. Individual case work is discussed, however records of supervision do not clearly identify required actions and relevant timescales, and sufficient attention is not given to ongoing professional development. This was an area for development at the last inspection.',
  'While child protection investigations are timely, there have been significant delays in sending out conference minutes. The council is aware of this issue and has commissioned a new independent provider to chair child protection conferences.',
  "The children's social care service has relied heavily on agency staff over the last 12 months. Handover arrangements to incoming social workers have not always been effectively managed and outgoing social workers have not always ensured that an updated chronology is on case files; this undermines the quality of ongoing case planning.",
  'A re-launch of the common assessment framework (CAF) in 2010 has been partially successful. More professionals have received training and a more detailed analysis of local need undertaken. However, the number of CAF assessments completed remains below council projections indicating that either a number of children have additional unmet needs or that the council projection needs further review. An experienced practitioner has recently been appointed to develop this area of the service.',
  'Although agencies work well together to safeguard children and young people, the records of strategy discussions do not routinely identify actions, responsibilities and timescales for those involved in the child protection investigation.',
  'Some unqualified staff are involved, with oversight from qualified managers, in initial and core assessments of children in need. However the exact nature of their role and responsibilities, particularly in relation to their role as lead officers, is not clear from case records.',
  'In some cases seen by inspectors there were significant weaknesses in the decision making and practice to effectively respond to and investigate child protection referrals. This has left children and young people exposed to potential risk of harm. Immediate action is being taken by the council to review all cases identified by inspectors, and to audit a range of referrals through increased scrutiny by senior managers.',
  'Rates of repeat referrals remain high and in some cases, decisions are being made to close cases before all the necessary work has been completed.',
  'Although most case records are up to date there are gaps in recording in some, which reduces capacity for the effective oversight of progress and clarity that children and young people are appropriately safeguarded.',
  'The quality of assessments is too variable. In some risk and protective factors are clearly identified, inform actions and ensure that children and young people are suitably protected. However, in other initial and core assessments the analysis of risk is insufficiently robust and does not consistently address all issues identified at the point of referral.',
  'Most initial and core assessments are completed within timescale but in some cases there are delays in the commencement and completion of work. This is reducing the effectiveness of assessments in determining the full range of needs and risks and the timely provision of appropriate services.',
];

const priorityAction: readonly string[] = [
  'In some cases seen by inspectors there were significant weaknesses in the decision making and practice to effectively respond to and investigate child protection referrals. This has left children and young people exposed to potential risk of harm.',
  'Thresholds for child protection enquiries are not consistently applied. Some referrals that indicate a risk of significant harm are not responded to promptly and children are not always seen within appropriate timescales.',
  'A significant number of referrals are awaiting allocation to a qualified social worker. Management oversight of unallocated work is insufficient to ensure that risks to children are identified and addressed.',
  'Strategy discussions with police and health partners are not always held when required. Decisions to proceed, or not, with section 47 enquiries are not consistently recorded on case files.',
  'Initial assessments do not adequately analyse risk and in some cases children have been left in situations of potential harm. Immediate action is being taken by the council to review all cases identified by inspectors.',
  'Caseloads in the duty and assessment team are too high and this is leading to delays in the completion of initial and core assessments.',
];

/** Seed findings for each judgement, whole (one entry per finding). */
export const SEED_FINDINGS: Readonly<Record<Judgement, readonly string[]>> = {
  'priority-action': priorityAction,
  strength,
  'meets-requirements': meetsRequirements,
  'area-for-development': areaForDevelopment,
};
