namespace KnowYourRights.Knowledge.Tests.Text;

/// <summary>
/// Messages about enforcement happening now, and look-alikes that ask about the subject. Written
/// as people write and speak them (English, Spanish, SMS style, speech without punctuation); used
/// by the classifier's tests and by every channel's test of the urgent reply.
/// </summary>
public static class UrgentMessages
{
    public static readonly TheoryData<string> Urgent =
    [
        // English, written
        "ICE agents are knocking on my door right now what do I do",
        "There are ICE agents outside my house. What should I do?",
        "ICE is at my door!",
        "Immigration officers are arresting my husband in front of our building",
        "They are taking my dad right now, ICE is here",
        "ICE just took my brother from his car",
        "Help! Agents are inside my apartment building",
        "ICE raid at my job right now",
        "ICE is at my work and they are detaining people",
        "Agents are waiting outside my house in a van",
        "The police and ICE are at my front door, do I have to open it?",
        "ICE is arresting people on my street",
        "my neighbor is being arrested by ICE right now",
        "ICE showed up at my workplace",
        "There's an ICE raid happening at the factory where I work",
        // SMS style
        "la migra is at my job",
        "ice at my door help",
        "ice outside my house rn",
        "ICE here at my work pls help",
        "they r taking my wife ice",
        "migra en mi casa ayuda",
        // Spanish
        "están arrestando a mi esposo afuera de la casa",
        "La migra está tocando la puerta ahorita, ¿qué hago?",
        "Hay agentes de inmigración afuera de mi casa",
        "ICE se está llevando a mi hijo",
        "se acaban de llevar a mi hermano los de ICE",
        "la migra está en mi trabajo deteniendo gente",
        "Ayuda, la policía y la migra están en mi casa",
        "Hay una redada en mi trabajo ahora mismo",
        "estan golpeando la puerta son de inmigracion",
        "llegó la migra a la casa de mi vecina",
        // Speech style (as a phone line hears it)
        "um there are ice agents outside my house right now what do i do",
        "yes hello immigration is knocking at my door",
        "hola la migra esta afuera de mi casa que hago",
        "they are arresting my son at his school right now",
        "ICE here! what do i do",
        "la migra afuera ahorita",
        "ICE just took my dad outside the store",
    ];

    public static readonly TheoryData<string> LookAlikes =
    [
        "What happens when ICE comes to a courthouse?",
        "Can ICE come to my school?",
        "Can ICE arrest me at home?",
        "What should I do if ICE knocks on my door?",
        "Do I have to open the door to ICE?",
        "Does ICE need a warrant to enter my house?",
        "ICE arrested my brother last week, how long can they hold him?",
        "My cousin is in jail and ICE put a detainer on him. What does that mean?",
        "Can the police ask about my immigration status at a traffic stop?",
        "Is it legal for ICE to arrest people at courthouses?",
        "What is an ICE detainer?",
        "Does my county work with ICE under 287(g)?",
        "Can ICE get my address from the DMV?",
        "If I go to court for a ticket, can ICE arrest me there?",
        "How do I find my husband after ICE took him?",
        "Will the jail tell ICE when my son is released?",
        "What happens if ICE agents come to my work?",
        "Why is ICE at courthouses?",
        "Are ICE agents allowed to arrest people inside a courthouse?",
        "Do police share my fingerprints with ICE?",
        "¿Qué pasa si la migra llega a mi casa?",
        "¿Puede ICE entrar a mi casa sin una orden?",
        "¿Pueden arrestarme en la corte?",
        "Cuando ICE viene a la corte, ¿qué hacen?",
        "Mi hermano está en la cárcel y ICE le puso un detainer",
        "¿La policía comparte mis datos con inmigración?",
        "¿Qué es 287(g)?",
        "si la migra toca mi puerta tengo que abrir",
        "can ice come 2 my job",
        "wat happens if ice at court",
        "does ice take ppl from school",
        "I'm taking my son to school right now, is the DMV open?",
        "Someone is knocking on my door right now",
        "how long can ice keep my brother in jail",
        "my husband was picked up by ICE in 2019, can he get a bond?",
        // "Here" as in "local", and "just" as in "only": no scene.
        "the police here work with ICE, is that normal?",
        "our sheriff here signed a 287g deal with ice. what does that mean for my kids",
        "I just want to know if ICE arrests people at the courthouse",
        "i just wonder why the cops here help immigration",
    ];
}
