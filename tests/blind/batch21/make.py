#!/usr/bin/env python3
"""Batch 21: blind labelled test mail for a middenschool (first grade) in Kessel-Lo.
Deterministic: run `python3 make.py` in this folder. Writes NNN-slug.eml, labels.yaml, roster.csv."""
import os, re, json, random, io, zipfile, hashlib, datetime, unicodedata, csv
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email import charset as ecs, encoders
from email.header import Header
from email.utils import formataddr, parseaddr, getaddresses
from email.generator import BytesGenerator
from email import policy as epolicy

HERE = os.path.dirname(os.path.abspath(__file__))
SCHOOL_DOMAINS = ('sintpieterscollege.be', 'spc.ksleuven.be', 'lksd.ksleuven.be')

def is_school(addr):
    d = addr.rsplit('@', 1)[1].lower()
    return d in SCHOOL_DOMAINS or d.endswith('.sintpieterscollege.be') or d.endswith('.ksleuven.be')

def ascii_slug(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return re.sub(r"[^a-z]", '', s.lower())

# ---------------------------------------------------------------- staff
STAFF = {
    'dir':   ('Bart Wouters', 'bart.wouters@sintpieterscollege.be'),
    'dirg':  ('Directie Sint-Pieterscollege Middenschool', 'directie@sintpieterscollege.be'),
    'adj':   ('Els Vanhoof', 'els.vanhoof@sintpieterscollege.be'),
    'zorg':  ('Sofie Lemmens', 'sofie.lemmens@sintpieterscollege.be'),
    'lb':    ('Karim Bouzid', 'kbo@spc.ksleuven.be'),
    'labo':  ('Inge Mertens', 'inge.mertens@sintpieterscollege.be'),
    'ict':   ('Tom Goossens', 'tom.goossens@sintpieterscollege.be'),
    'icts':  ('ICT Sint-Pieterscollege', 'ict@sintpieterscollege.be'),
    'sec':   ('Martine Claessens', 'martine.claessens@sintpieterscollege.be'),
    'secg':  ('Secretariaat Sint-Pieterscollege', 'secretariaat@sintpieterscollege.be'),
    'boek':  ('Rita Van Dyck', 'rita.vandyck@sintpieterscollege.be'),
    'hwk':   ('Jelle Smolders', 'jelle.smolders@sintpieterscollege.be'),
    'lo':    ('Gert Luyten', 'glu@spc.ksleuven.be'),
    'lo2':   ('Saskia Verheyen', 'saskia.verheyen@sintpieterscollege.be'),
    'fr':    ('Amélie Lambert', 'amelie.lambert@sintpieterscollege.be'),
    'eng':   ('Rachel Moore', 'rachel.moore@sintpieterscollege.be'),
    'kok':   ('Ria Vos', 'ria.vos@sintpieterscollege.be'),
    'kok2':  ('Hakan Sezer', 'hakan.sezer@sintpieterscollege.be'),
    'conc':  ('Luc Stroobants', 'luc.stroobants@sintpieterscollege.be'),
    'wisk':  ('Jef Van Gorp', 'jvg@spc.ksleuven.be'),
    'ned':   ('Charlotte Degroote', 'charlotte.degroote@sintpieterscollege.be'),
    'bib':   ('Veerle Bogaert', 'veerle.bogaert@sintpieterscollege.be'),
    'kt1a':  ('Lien Verbruggen', 'lien.verbruggen@sintpieterscollege.be'),
    'kt1b':  ('Pieter Janssen', 'pieter.janssen@sintpieterscollege.be'),
    'kt1c':  ('Nathalie Hermans', 'nathalie.hermans@sintpieterscollege.be'),
    'kt1d':  ('Yusuf Aydin', 'yusuf.aydin@sintpieterscollege.be'),
    'kt1e':  ('Katrien Dewulf', 'katrien.dewulf@sintpieterscollege.be'),
    'kt1f':  ('Joris Michiels', 'jmi@spc.ksleuven.be'),
    'kt1g':  ('Annelies Bosmans', 'annelies.bosmans@sintpieterscollege.be'),
    'kt1h':  ('Wim Schepers', 'wim.schepers@sintpieterscollege.be'),
    'kt2a':  ('Hanne Verhaegen', 'hanne.verhaegen@sintpieterscollege.be'),
    'kt2b':  ('Dries Peeters', 'dries.peeters@sintpieterscollege.be'),
    'kt2c':  ('Fatima Amrani', 'fatima.amrani@sintpieterscollege.be'),
    'kt2d':  ('Kristof Maes', 'kristof.maes@sintpieterscollege.be'),
    'kt2e':  ('Evelien Jacobs', 'evelien.jacobs@sintpieterscollege.be'),
    'kt2f':  ('Bram Verstraeten', 'bram.verstraeten@sintpieterscollege.be'),
    'kt2g':  ('Marijke Cools', 'marijke.cools@sintpieterscollege.be'),
    'kt2h':  ('Stijn Vandenberghe', 'stijn.vandenberghe@sintpieterscollege.be'),
}
def st(k):
    n, a = STAFF[k]
    return f'{n} <{a}>'
def sa(k):
    return STAFF[k][1]

CLB = 'Ann De Ridder <ann.deridder@clb-leuven.be>'
CLBARTS = 'dr. Veerle Stas <veerle.stas@clb-leuven.be>'
OCMW = 'Jonas Baert <jonas.baert@leuven.be>'
BUS = 'Planning Lenaerts Reizen <planning@lenaerts-reizen.be>'
CHAUF = 'Luc Vanhees <luc.vanhees@lenaerts-reizen.be>'

# ---------------------------------------------------------------- featured pupils
# key: (first, last, class, (parent1 name, addr) , (parent2 name, addr) or None)
FEAT = {
 'robbe':   ('Robbe', 'Claes', '1E', ('Wouter Claes', 'wouter.claes@telenet.be'), ('Evi Lambrechts', 'evi.lambrechts@gmail.com')),
 'yara':    ('Yara', 'Haddou', '1D', ('Samira Ouali', 'samira.ouali@hotmail.com'), ('Khalid Haddou', 'khalid.haddou@gmail.com')),
 'noe':     ('Noé', 'Lefebvre', '1G', ('Caroline Dumont', 'caroline.dumont@skynet.be'), ('Olivier Lefebvre', 'olivier.lefebvre@proximus.be')),
 'lars':    ('Lars', 'Wuyts', '1A', ('Ann Wuyts', 'ann.wuyts@telenet.be'), ('Peter Wuyts', 'peter.wuyts@telenet.be')),
 'amina':   ('Amina', 'Chaouch', '1A', ('Latifa Chaouch', 'latifa.chaouch@gmail.com'), None),
 'victor':  ('Victor', 'Vlaeminck', '1A', ('Sarah De Cock', 'sarah.decock@telenet.be'), ('Joost Vlaeminck', 'joost.vlaeminck@gmail.com')),
 'mila':    ('Mila', 'Goris', '1A', ('Inge Goris', 'inge.goris@proximus.be'), None),
 'ilyas':   ('Ilyas', 'Kaya', '1A', ('Emine Kaya', 'emine.kaya@hotmail.com'), ('Serkan Kaya', 'serkan.kaya@gmail.com')),
 'sofia':   ('Sofia', 'Nowak', '1A', ('Agnieszka Nowak', 'agnieszka.nowak@gmail.com'), None),
 'sem':     ('Sem', 'Vandevelde', '1B', ('Tine Moens', 'tine.moens@telenet.be'), ('Jan Vandevelde', 'jan.vandevelde@skynet.be')),
 'finn':    ('Finn', 'Daems', '2A', ('Leen Stevens', 'leen.stevens@gmail.com'), ('Bert Daems', 'bert.daems@outlook.com')),
 'wout':    ('Wout', 'Segers', '2F', ('Nancy Segers', 'nancy.segers@telenet.be'), ('Rik Segers', 'rik.segers@telenet.be')),
 'ethan':   ('Ethan', 'Walsh', '1H', ('Daniel Walsh', 'daniel.walsh@gmail.com'), ('Katrien Pauwels', 'k.pauwels@telenet.be')),
 'elif':    ('Elif', 'Demir', '2C', ('Murat Demir', 'murat.demir@hotmail.com'), ('Ayşe Demir', 'ayse.demir@gmail.com')),
 'louise':  ('Louise', 'Renard', '2G', ('Sophie Renard', 'sophie.renard@skynet.be'), None),
 'jasper':  ('Jasper', 'De Smet', '2C', ('Veerle De Smet', 'veerle.desmet@telenet.be'), ('Filip De Smet', 'filip.desmet@telenet.be')),
 'hira':    ('Hira', 'Malik', '2C', ('Asma Malik', 'asma.malik@gmail.com'), ('Imran Malik', 'imran.malik@gmail.com')),
 'tuur':    ('Tuur', 'Verlinden', '2C', ('Sarah Lenaers', 'sarah.lenaers@telenet.be'), ('Kris Verlinden', 'kris.verlinden@proximus.be')),
 'oumaima': ('Oumaima', 'Ziani', '2C', ('Nadia Ziani', 'nadia.ziani@hotmail.com'), None),
 'kacper':  ('Kacper', 'Wiśniewski', '2C', ('Marta Wiśniewska', 'marta.wisniewska@gmail.com'), ('Tomasz Wiśniewski', 'tomasz.wisniewski@gmail.com')),
 'arne':    ('Arne', 'Hendrickx', '2H', ('Wendy Hendrickx', 'wendy.hendrickx@telenet.be'), None),
 'ruben':   ('Ruben', 'Willems', '1F', ('Griet Aerts', 'griet.aerts@telenet.be'), ('Koen Willems', 'koen.willems@gmail.com')),
 'maya':    ('Maya', 'Bogaerts', '1B', ('Steven Bogaerts', 'steven.bogaerts@proximus.be'), ('Joke Bogaerts', 'joke.bogaerts@proximus.be')),
 'clemence':('Clémence', 'Dubois', '1H', ('Isabelle Dubois', 'isabelle.dubois@skynet.be'), ('Marc Dubois', 'marc.dubois@skynet.be')),
 'grace':   ('Grace', 'Okafor', '2E', ('Chinedu Okafor', 'chinedu.okafor@gmail.com'), ('Ngozi Okafor', 'ngozi.okafor@gmail.com')),
 'tibo':    ('Tibo', 'Van Roey', '1G', ('Sarah Heylen', 'sarah.heylen@gmail.com'), ('Pieter Van Roey', 'p.vanroey@telenet.be')),
 'lotte':   ('Lotte', 'Vermeulen', '1C', ('Kathleen Wauters', 'kathleen.wauters@telenet.be'), ('Geert Vermeulen', 'geert.vermeulen@gmail.com')),
 'ines':    ('Ines', 'Bouzian', '1B', ('Houria Bouzian', 'houria.bouzian@gmail.com'), None),
 'mauro':   ('Mauro', 'Rossi', '1B', ('Giulia Rossi', 'giulia.rossi@hotmail.com'), ('Luca Rossi', 'luca.rossi@gmail.com')),
 'hannah':  ('Hannah', 'Geerts', '1B', ('Els Geerts', 'els.geerts@telenet.be'), ('Tom Geerts', 'tom.geerts@telenet.be')),
 'daan':    ('Daan', 'Luyckx', '1B', ('Kristel Luyckx', 'kristel.luyckx@skynet.be'), None),
 'kobe_s':  ('Kobe', 'Smeets', '1A', ('Leen Smeets', 'leen.smeets@telenet.be'), ('Gunther Smeets', 'gunther.smeets@gmail.com')),
 'kobe_sm': ('Kobe', 'Smets', '2B', ('Leen Smets', 'leen.smets@hotmail.com'), None),
 'zeynep':  ('Zeynep', 'Arslan', '1E', ('Fatma Arslan', 'fatma.arslan@hotmail.com'), ('Hasan Arslan', 'hasan.arslan@gmail.com')),
 'lukas':   ('Lukas', 'Nowicki', '2D', ('Joanna Nowicka', 'joanna.nowicka@gmail.com'), None),
 'amber':   ('Amber', 'Coppens', '1H', ('Tamara Coppens', 'tamara.coppens@telenet.be'), None),
 'youssef': ('Youssef', 'Tahiri', '2A', ('Rachida Tahiri', 'rachida.tahiri@gmail.com'), ('Mustapha Tahiri', 'm.tahiri@hotmail.com')),
 'dounia':  ('Dounia', 'Benali', '2G', ('Hayat Benali', 'hayat.benali@gmail.com'), None),
 'safae':   ('Safae', 'Benaissa', '1C', ('Hanane Benaissa', 'hanane.benaissa@hotmail.com'), ('Rachid Benaissa', 'rachid.benaissa@gmail.com')),
 'jens':    ('Jens', 'Van Damme', '2H', ('Kelly Van Damme', 'kelly.vandamme@hotmail.com'), None),
 'manon':   ('Manon', 'Lejeune', '1E', ('Valérie Lejeune', 'valerie.lejeune@proximus.be'), ('Christophe Lejeune', 'christophe.lejeune@proximus.be')),
 'ayoub':   ('Ayoub', 'El Khayari', '1D', ('Naima Azzouzi', 'naima.azzouzi@hotmail.com'), None),
 'kiara':   ('Kiara', 'Mampuya', '2B', ('Katleen Janssens', 'katleen.janssens@telenet.be'), None),
 'mathis':  ('Mathis', 'Dierckx', '2D', ('Evelyne Dierckx', 'evelyne.dierckx@telenet.be'), ('Johan Dierckx', 'johan.dierckx@telenet.be')),
 'ilias':   ('Ilias', 'Bakkali', '2F', ('Souad Bakkali', 'souad.bakkali@gmail.com'), ('Omar Bakkali', 'omar.bakkali@gmail.com')),
 'eva':     ('Eva', 'Thys', '1G', ('Nele Thys', 'nele.thys@telenet.be'), ('Bart Thys', 'bart.thys@skynet.be')),
 'elias':   ('Elias', 'Verstappen', '2A', ('Ruud Verstappen', 'ruud.verstappen@gmail.com'), None),
 'jade':    ('Jade', 'Verschueren', '1F', ('Nele Verschueren', 'nele.verschueren@telenet.be'), ('Sven Verschueren', 'sven.verschueren@gmail.com')),
 'oleksandr':('Oleksandr', 'Kovalenko', '2E', ('Iryna Shevchenko', 'iryna.shevchenko@gmail.com'), None),
 'milan_d': ('Milan', "D'Hondt", '1A', ('Dirk D\'Hondt', 'dirk.dhondt@telenet.be'), ('Ellen Claeys', 'ellen.claeys@gmail.com')),
 'emma_d':  ('Emma', 'Declercq', '2D', ('Liesbeth Declercq', 'liesbeth.declercq@telenet.be'), ('Wim Declercq', 'wim.declercq@telenet.be')),
 'dylan':   ('Dylan', 'Vervoort', '2D', ('Marc Vervoort', 'marc.vervoort@skynet.be'), ('Sandra Wuyts', 'sandra.wuyts@hotmail.com')),
 'matteo':  ('Matteo', 'Ferrari', '1C', ('Elke Ferrari', 'elke.ferrari@telenet.be'), ('Paolo Ferrari', 'paolo.ferrari@gmail.com')),
 'noah':    ('Noah', 'Pieters', '2B', ('Sanne Pieters', 'sanne.pieters@gmail.com'), ('Jeroen Pieters', 'jeroen.pieters@gmail.com')),
 'stan':    ('Stan', 'Mols', '1H', ('Ilse Mols', 'ilse.mols@telenet.be'), ('Patrick Mols', 'patrick.mols@telenet.be')),
 'kenzo':   ('Kenzo', 'Vandenbroeck', '1E', ('Jolien Vandenbroeck', 'jolien.vandenbroeck@gmail.com'), None),
 'selin':   ('Selin', 'Yıldız', '1F', ('Derya Yıldız', 'derya.yildiz@hotmail.com'), ('Emre Yıldız', 'emre.yildiz@gmail.com')),
 'lise':    ('Lise', 'Huybrechts', '2A', ('An Huybrechts', 'an.huybrechts@telenet.be'), ('Dirk Huybrechts', 'dirk.huybrechts@telenet.be')),
 'febe':    ('Febe', 'Lemaire', '2G', ('Caroline Lemaire', 'caroline.lemaire@telenet.be'), ('Stefaan Lemaire', 'stefaan.lemaire@telenet.be')),
 'bilal':   ('Bilal', 'Saidi', '2B', ('Malika Saidi', 'malika.saidi@hotmail.com'), None),
 'gabriel': ('Gabriel', 'Nsimba', '1G', ('Patrick Nsimba', 'patrick.nsimba@gmail.com'), ('Chantal Lukusa', 'chantal.lukusa@gmail.com')),
 'wannes':  ('Wannes', 'Boeckx', '2H', ('Petra Boeckx', 'petra.boeckx@telenet.be'), ('Luc Boeckx', 'luc.boeckx@telenet.be')),
 'zoe':     ('Zoë', 'Vanhoutte', '1A', ('Katrijn Vanhoutte', 'katrijn.vanhoutte@telenet.be'), ('Frank Vanhoutte', 'frank.vanhoutte@skynet.be')),
 'jana':    ('Jana', 'Vercammen', '2E', ('Heidi Vercammen', 'heidi.vercammen@telenet.be'), ('Bjorn Vercammen', 'bjorn.vercammen@gmail.com')),
 'oliver':  ('Oliver', 'Smith', '2E', ('Helen Smith', 'helen.smith@gmail.com'), ('James Smith', 'james.smith.be@gmail.com')),
 'olivia':  ('Olivia', 'Smits', '1G', ('Johan Smits', 'johan.smits@telenet.be'), ('Veronique Smits', 'veronique.smits@telenet.be')),
 'mustafa': ('Mustafa', 'Çelik', '2E', ('Hatice Çelik', 'hatice.celik@hotmail.com'), ('Ahmet Çelik', 'ahmet.celik@gmail.com')),
 'fien':    ('Fien', 'Beckers', '2E', ('Ilse Beckers', 'ilse.beckers@telenet.be'), None),
 'louis':   ('Louis', 'Wijns', '1C', ('Frederik Wijns', 'frederik.wijns@gmail.com'), ('Kim Bertels', 'kim.bertels@telenet.be')),
 'thomas':  ('Thomas', 'Raes', '1F', ('Sofie Raes', 'sofie.raes@telenet.be'), ('Kurt Raes', 'kurt.raes@telenet.be')),
 'aya':     ('Aya', 'Mansouri', '1H', ('Khadija Mansouri', 'khadija.mansouri@gmail.com'), None),
 'jayden':  ('Jayden', 'Meeus', '1G', ('Stefanie Meeus', 'stefanie.meeus@hotmail.com'), ('Kevin Janssens', 'kevin.janssens82@gmail.com')),
 'adam':    ('Adam', 'Ait Taleb', '1A', ('Fatiha Ait Taleb', 'fatiha.aittaleb@gmail.com'), None),
 'lore':    ('Lore', 'Vinckier', '2F', ('Eline Vinckier', 'eline.vinckier@telenet.be'), ('Dries Vinckier', 'dries.vinckier@telenet.be')),
 'nathan':  ('Nathan', 'Kabongo', '2C', ('Solange Kabongo', 'solange.kabongo@gmail.com'), None),
 'mohamed': ('Mohamed', 'Ouchen', '1D', ('Zineb Ouchen', 'zineb.ouchen@hotmail.com'), None),
 'senne':   ('Senne', 'Cuypers', '1C', ('Tim Cuypers', 'tim.cuypers@telenet.be'), ('Lies Van Hove', 'lies.vanhove@gmail.com')),
 'marie':   ('Marie', 'Vanderlinden', '2A', ('Greet Vanderlinden', 'greet.vanderlinden@skynet.be'), ('Hans Vanderlinden', 'hans.vanderlinden@skynet.be')),
 'jordy':   ('Jordy', 'Van Laer', '2H', ('Cindy Van Laer', 'cindy.vanlaer@hotmail.com'), None),
 'rayan':   ('Rayan', 'Bensaid', '2F', ('Samir Bensaid', 'samir.bensaid@gmail.com'), ('Loubna Bensaid', 'loubna.bensaid@gmail.com')),
 'mats':    ('Mats', 'Huygens', '1A', ('Lies Huygens', 'lies.huygens@telenet.be'), None),
 'emiel':   ('Emiel', 'Verhulst', '1D', ('Annick Verhulst', 'annick.verhulst@telenet.be'), ('Bruno De Wit', 'bruno.dewit@gmail.com')),
 'kato':    ('Kato', 'Dewaele', '2B', ('Kristof Dewaele', 'kristof.dewaele@gmail.com'), ('Eva Dewaele', 'eva.dewaele@gmail.com')),
 'nora':    ('Nora', 'Haesaerts', '1F', ('Marleen Haesaerts', 'marleen.haesaerts@telenet.be'), None),
 'bas':     ('Bas', 'Rombouts', '2D', ('Jeroen Rombouts', 'jeroen.rombouts@telenet.be'), ('Sofie Rombouts', 'sofie.rombouts@telenet.be')),
 'theo':    ('Théo', 'Martin', '2A', ('Aurélie Martin', 'aurelie.martin@skynet.be'), ('Julien Martin', 'julien.martin@skynet.be')),
 'priya':   ('Priya', 'Sharma', '2G', ('Anjali Sharma', 'anjali.sharma@gmail.com'), ('Rohit Sharma', 'rohit.sharma@outlook.com')),
 'luka':    ('Luka', 'Horvat', '1C', ('Ivana Horvat', 'ivana.horvat@gmail.com'), None),
 'jesse':   ('Jesse', 'Timmermans', '1E', ('Bianca Timmermans', 'bianca.timmermans@telenet.be'), None),
 'femke':   ('Femke', 'Boonen', '2B', ('Ingrid Boonen', 'ingrid.boonen@telenet.be'), ('Raf Boonen', 'raf.boonen@gmail.com')),
 'yasmine': ('Yasmine', 'Aouad', '2B', ('Mouna Aouad', 'mouna.aouad@gmail.com'), ('Karim Aouad', 'karim.aouad@gmail.com')),
 'amira':   ('Amira', 'Essaidi', '2B', ('Nadia Essaidi', 'nadia.essaidi@hotmail.com'), ('Youssef Essaidi', 'youssef.essaidi@gmail.com')),
 'warre':   ('Warre', 'Lauwers', '1B', ('Sien Lauwers', 'sien.lauwers@telenet.be'), ('Bert Lauwers', 'bert.lauwers@telenet.be')),
 'nisrine': ('Nisrine', 'Bouazza', '2F', ('Jamila Bouazza', 'jamila.bouazza@gmail.com'), None),
 'mees':    ('Mees', 'Vervloet', '1G', ('Lotte Coenen', 'lotte.coenen@gmail.com'), ('Thijs Vervloet', 'thijs.vervloet@telenet.be')),
 'camille': ('Camille', 'Leroy', '2G', ('Nathalie Leroy', 'nathalie.leroy@skynet.be'), None),
 'kaan':    ('Kaan', 'Öztürk', '1F', ('Elif Öztürk', 'elif.ozturk@hotmail.com'), ('Burak Öztürk', 'burak.ozturk@gmail.com')),
 'can':     ('Can', 'Yılmaz', '2E', ('Sevda Yılmaz', 'sevda.yilmaz@gmail.com'), None),
 'lowie':   ('Lowie', 'Schoofs', '1B', ('Joke Schoofs', 'joke.schoofs@telenet.be'), ('Wim Schoofs', 'wim.schoofs@telenet.be')),
 'arthur':  ('Arthur', 'De Backer', '1H', ('Nathalie De Backer', 'nathalie.debacker@telenet.be'), None),
 'ella':    ('Ella', 'Thompson', '1C', ('Rebecca Thompson', 'rebecca.thompson@outlook.com'), ('Mark Thompson', 'mark.thompson@outlook.com')),
 'fatma':   ('Fatma', 'Koç', '2H', ('Gül Koç', 'gul.koc@hotmail.com'), None),
 'jules':   ('Jules', 'Verbeke', '2A', ('Hilde Verbeke', 'hilde.verbeke@telenet.be'), ('Pascal Verbeke', 'pascal.verbeke@telenet.be')),
 'roos':    ('Roos', 'Geens', '1D', ('Annelies Geens', 'annelies.geens@telenet.be'), ('Jo Geens', 'jo.geens@gmail.com')),
 'noor':    ('Noor', 'Janssens', '1D', ('Sarah Janssens', 'sarah.janssens@telenet.be'), ('Tom Janssens', 'tom.janssens@telenet.be')),
 'milan_j': ('Milan', 'Jacobs', '2A', ('Sarah Jacobs', 'sarah.jacobs@gmail.com'), ('Bart Jacobs', 'bart.jacobs@gmail.com')),
 'lucas1':  ('Lucas', 'Peeters', '1E', ('Hilde Van Looy', 'hilde.vanlooy@telenet.be'), ('Dirk Peeters', 'dirk.peeters@gmail.com')),
 'lucas2':  ('Lucas', 'Peeters', '2C', ('Tom Peeters', 'tom.peeters@skynet.be'), ('Ilse Peeters', 'ilse.peeters@proximus.be')),
 'lina_mk': ('Lina', 'Mukendi', '1C', ('Esther Mukendi', 'esther.mukendi@gmail.com'), None),
 'lina_mb': ('Lina', 'Mbuyi', '1F', ('Jean-Pierre Mbuyi', 'jp.mbuyi@gmail.com'), None),
 'emma_vh': ('Emma', 'Verhoeven', '1A', ('Karolien Verhoeven', 'karolien.verhoeven@telenet.be'), ('Jan Verhoeven', 'jan.verhoeven@telenet.be')),
 'emma_vb': ('Emma', 'Verbeeck', '1A', ('Karolien Maes', 'karolien.maes@gmail.com'), ('Stijn Verbeeck', 'stijn.verbeeck@gmail.com')),
 'jonas_dw':('Jonas', 'Dewilde', '2F', ('Elke Dewilde', 'elke.dewilde@telenet.be'), ('Kurt Dewilde', 'kurt.dewilde@gmail.com')),
 'jonas_dt':('Jonas', 'Dewitte', '2F', ('Elke Vandamme', 'elke.vandamme@telenet.be'), ('Nico Dewitte', 'nico.dewitte@telenet.be')),
 'hanne_d': ('Hanne', 'Dirix', '1E', ('Veerle Dirix', 'veerle.dirix@telenet.be'), ('Johan Dirix', 'johan.dirix@telenet.be')),
 'hanne_dr':('Hanne', 'Driesen', '1E', ('Johan Driesen', 'johan.driesen@gmail.com'), ('Liesbet Driesen', 'liesbet.driesen@gmail.com')),
 'ilke':    ('Ilke', 'Van Ransbeeck', '1D', ('Maaike Van Ransbeeck', 'maaike.vanransbeeck@gmail.com'), ('Koen Van Ransbeeck', 'koen.vanransbeeck@telenet.be')),
 'nicolas': ('Nicolas', 'Dupont', '2G', ('Anne-Sophie Dupont', 'annesophie.dupont@skynet.be'), ('Thierry Dupont', 'thierry.dupont@proximus.be')),
 'seppe':   ('Seppe', 'Wouters', '2D', ('Katja Wouters', 'katja.wouters@telenet.be'), None),
 'yana':    ('Yana', 'Kowalczyk', '1H', ('Ewa Kowalczyk', 'ewa.kowalczyk@gmail.com'), None),
 'bryan':   ('Bryan', 'Lusamba', '2H', ('Marie Lusamba', 'marie.lusamba@gmail.com'), None),
}

CLASSES = [f'{y}{c}' for y in '12' for c in 'ABCDEFGH']
BOYS = ['Lucas', 'Liam', 'Noah', 'Louis', 'Arthur', 'Jules', 'Adam', 'Victor', 'Finn', 'Mats', 'Vic', 'Lou', 'Cas',
        'Lander', 'Jasper', 'Kobe', 'Wout', 'Seppe', 'Milan', 'Rune', 'Mathis', 'Warre', 'Siebe', 'Tuur', 'Bent', 'Stan',
        'Ibrahim', 'Hamza', 'Yassine', 'Mehdi', 'Anas', 'Amine', 'Emir', 'Yusuf', 'Efe', 'Kerem', 'Jakub', 'Filip',
        'Szymon', 'Olivier', 'Maxime', 'Benjamin', 'Samuel', 'Joshua', 'Kylian', 'Jarne', 'Ferre', 'Nand', 'Gust', 'Daan']
GIRLS = ['Emma', 'Olivia', 'Louise', 'Mila', 'Nora', 'Lena', 'Juliette', 'Ella', 'Fien', 'Marie', 'Ona', 'Lotte', 'Noor',
         'Amber', 'Lisa', 'Laura', 'Hanne', 'Jana', 'Febe', 'Lore', 'Sara', 'Yasmina', 'Salma', 'Hiba', 'Imane', 'Rania',
         'Meryem', 'Elif', 'Ecrin', 'Zuzanna', 'Maja', 'Wiktoria', 'Chloé', 'Léa', 'Manon', 'Océane', 'Ruth', 'Esther',
         'Merel', 'Saar', 'Lieze', 'Axelle', 'Jinthe', 'Kaat', 'Roos', 'Anouk', 'Tess', 'Liv', 'Nina', 'Bo']
SURN = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smedt',
        'Dubois', 'Lambert', 'Hermans', 'Aerts', 'Michiels', 'Van den Bosch', 'Smets', 'Verstraete', 'Desmet', 'Vandamme',
        'Coppens', 'Verbruggen', 'Bosmans', 'Stevens', 'Vermeiren', 'Van Hoof', 'Moens', 'Lenaerts', 'Cools', 'Leemans',
        'Boonen', 'Geerts', 'Thys', 'Hendrickx', 'Vandenbroucke', 'De Wever', 'Celis', 'Vanhees', 'Pauwels', 'Jansen',
        'Mahieu', 'Swinnen', 'Reynders', 'Verlinden', 'Van Aken', 'Daems', 'Sels', 'Govaerts', 'Van Gestel', 'Wijnants',
        'El Amrani', 'Ben Ali', 'Azzouz', 'Bouhali', 'El Ouardi', 'Tahri', 'Yilmaz', 'Kaya', 'Şahin', 'Aksoy', 'Doğan',
        'Kowalski', 'Nowak', 'Zieliński', 'Lewandowski', 'Mbala', 'Kalonji', 'Ilunga', 'Tshibanda', 'Kasongo', 'Nkulu',
        'Rossi', 'Garcia', 'Fernandes', 'Silva', 'Popescu', 'Ivanov', 'Haddad', 'Nasser', 'Sadiki', 'Laurent', 'Lemoine']
PFIRST_F = ['An', 'Els', 'Katrien', 'Veerle', 'Sofie', 'Nathalie', 'Sarah', 'Kristel', 'Hilde', 'Leen', 'Griet', 'Ine',
            'Fatima', 'Naima', 'Hafsa', 'Samira', 'Emine', 'Songül', 'Anna', 'Magda', 'Marie', 'Isabelle', 'Nadine', 'Evy']
PFIRST_M = ['Tom', 'Bart', 'Kris', 'Peter', 'Geert', 'Steven', 'Filip', 'Jan', 'Koen', 'Wim', 'Dirk', 'Jo', 'Mohamed',
            'Ahmed', 'Hassan', 'Mehmet', 'Ali', 'Piotr', 'Marek', 'Jean', 'Pierre', 'Patrick', 'Didier', 'Joris']
DOMAINS = ['telenet.be', 'telenet.be', 'gmail.com', 'gmail.com', 'hotmail.com', 'skynet.be', 'proximus.be', 'outlook.com']


def build_roster():
    rng = random.Random(2121)
    keys = list(FEAT)
    ids = rng.sample(range(1, 321), len(keys))
    roster = {}
    used_names = {(f[0], f[1]) for f in FEAT.values()}
    used_addr = set()
    for k, f in FEAT.items():
        for p in f[3:]:
            if p:
                assert p[1] not in used_addr, p
                used_addr.add(p[1])
    per_class = {c: 0 for c in CLASSES}
    for k, i in zip(keys, ids):
        f = FEAT[k]
        per_class[f[2]] += 1
        roster[k] = dict(id=f'P{i:04d}', first=f[0], last=f[1], cls=f[2],
                         pupil=f'{ascii_slug(f[0])}.{ascii_slug(f[1])}@leerling.sintpieterscollege.be',
                         p1=f[3], p2=f[4])
    free = sorted(set(range(1, 321)) - set(ids))
    gen = []
    for c in CLASSES:
        assert per_class[c] <= 20, (c, per_class[c])
        for _ in range(20 - per_class[c]):
            while True:
                first = rng.choice(BOYS + GIRLS)
                last = rng.choice(SURN)
                if (first, last) not in used_names:
                    break
            used_names.add((first, last))
            gen.append((first, last, c))
    for n, (first, last, c) in zip(free, gen):
        def mk(fn):
            while True:
                dom = rng.choice(DOMAINS)
                a = f'{ascii_slug(fn)}.{ascii_slug(last)}@{dom}'
                if a not in used_addr:
                    used_addr.add(a)
                    return (f'{fn} {last}', a)
                a2 = f'{ascii_slug(fn)}.{ascii_slug(last)}{rng.randint(1, 99)}@{dom}'
                if a2 not in used_addr:
                    used_addr.add(a2)
                    return (f'{fn} {last}', a2)
        r = rng.random()
        mother = rng.choice(PFIRST_F); father = rng.choice(PFIRST_M)
        p1 = mk(mother)
        if r < 0.18:
            p2 = None
        elif r < 0.45:   # separated parents, second surname differs
            last2 = rng.choice(SURN)
            while True:
                dom = rng.choice(DOMAINS)
                a = f'{ascii_slug(father)}.{ascii_slug(last2)}@{dom}'
                if a not in used_addr:
                    used_addr.add(a); break
            # pupil carries father's name in this case; mother keeps own: swap order sometimes
            p2 = (f'{father} {last2}', a)
        else:
            p2 = mk(father)
        roster[f'g{n}'] = dict(id=f'P{n:04d}', first=first, last=last, cls=c,
                               pupil=f'{ascii_slug(first)}.{ascii_slug(last)}@leerling.sintpieterscollege.be',
                               p1=p1, p2=p2)
    # unique pupil addresses: the pupil enrolled later (first year) gets a number
    seen = set()
    for r in sorted(roster.values(), key=lambda r: (-int(r['cls'][0]), r['id'])):
        base, dom = r['pupil'].split('@')
        addr, i = r['pupil'], 1
        while addr in seen:
            i += 1
            addr = f'{base}{i}@{dom}'
        r['pupil'] = addr
        seen.add(addr)
    return roster

ROSTER = build_roster()
BY_ID = {v['id']: v for v in ROSTER.values()}

def pid(k):
    return ROSTER[k]['id']
def par(k, i=1):
    p = ROSTER[k]['p1' if i == 1 else 'p2']
    return f'{p[0]} <{p[1]}>'
def pupil(k):
    r = ROSTER[k]
    return f"{r['first']} {r['last']} <{r['pupil']}>"

def write_roster():
    rows = sorted(ROSTER.values(), key=lambda r: (r['cls'], r['last'], r['first']))
    with open(os.path.join(HERE, 'roster.csv'), 'w', encoding='utf-8-sig', newline='') as fh:
        fh.write('Intern nummer;Voornaam;Naam;Klas;E-mailadres leerling;E-mailadres ouder 1;E-mailadres ouder 2\r\n')
        for r in rows:
            fh.write(';'.join([r['id'], r['first'], r['last'], r['cls'], r['pupil'], r['p1'][1],
                               r['p2'][1] if r['p2'] else '']) + '\r\n')

# ---------------------------------------------------------------- signatures and helpers
SCHOOLNAAM = 'Sint-Pieterscollege Middenschool'
ADRES = 'Diestsesteenweg 212, 3010 Kessel-Lo'
TEL = '016 35 21 40'

def quote(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.strip('\n').split('\n'))

MAILS = []
def add(kind, slug, frm, to, subj, body=None, **kw):
    MAILS.append(dict(kind=kind, slug=slug, frm=frm, to=to, subj=subj, body=body, **kw))

# ================================================================ MAILS
# kinds: C credential, L look-alike, S sensitive, N personal not sensitive, M misdirected, G general letter

SIG_SEC = f"""Martine Claessens
Secretariaat {SCHOOLNAAM}
{ADRES}
tel. {TEL}"""
SIG_ICT = """Tom Goossens
ICT-coördinator – Sint-Pieterscollege Middenschool
016 35 21 48 (enkel di-do)"""
SIG_ICT_NOTEL = """Tom Goossens
ICT-coördinator"""

# 001 G start schooljaar
add('G', 'start-schooljaar-ipad', st('dirg'), [st('dirg')], 'Welkom in het nieuwe schooljaar 2024-2025',
"""Geachte ouders

Binnenkort is het zover: op maandag 2 september start uw kind (opnieuw) in onze middenschool. Graag zetten we de belangrijkste afspraken voor de eerste schooldagen op een rij.

1. Maandag 2 september
   - Leerlingen van het eerste jaar worden om 8.25 u. verwacht op de speelplaats. Ze hebben die dag les tot 15.10 u.
   - Leerlingen van het tweede jaar starten om 10.00 u. en maken eerst kennis met hun klastitularis.

2. iPads
   Uw kind krijgt op dinsdag 3 september zijn of haar iPad. Het toestel wordt beheerd door de school: apps worden centraal geïnstalleerd en er gelden beperkingen tijdens de lesuren. Meer uitleg volgt in een aparte FAQ. Thuis kan u zelf extra beperkingen instellen via Schermtijd.

3. Smartschool
   Elke ouder krijgt een eigen co-account. Wonen ouders niet samen, dan ontvangen beide ouders hun eigen gegevens. Deze gegevens worden nooit via e-mail bezorgd, u ontvangt ze per brief via uw kind.

4. Schoolbus
   De bus van Lenaerts Reizen rijdt vanaf de eerste schooldag. De uurregeling vindt u op Smartschool onder 'Praktisch'.

5. Middagmaal
   Warme maaltijden kunnen besteld worden via de webshop. Heeft uw kind een allergie of dieet, dan vragen we u het formulier in de startmap in te vullen.

We kijken ernaar uit om uw kind te verwelkomen en wensen iedereen een fijn schooljaar.

Met vriendelijke groeten

Bart Wouters
directeur""",
    bcc=['ouders@sintpieterscollege.be'], html='auto', enc='qp', date='2024-08-28 10:14',
    rules=[], about=[], note='letter to all parents via bcc group: start of school year, iPad and co-account announcement, no individual data', lang='nl')

# 002 C startpaswoord + kopieercode + printer zip
add('C', 'welkom-nieuwe-collega-logins', st('ict'), [st('ned')], 'Je logins voor volgende week',
"""Dag Charlotte,

Welkom bij ons! Hieronder alles wat je nodig hebt om maandag te kunnen starten.

Smartschool: charlotte.degroote
Startpaswoord: Kessel-Lo!2930   (je moet het bij de eerste keer aanmelden wijzigen)

Kopieercode voor de toestellen in de leraarskamer en aan de bib: 4471

In de bijlage zit het installatiepakket voor de printers, voor als je op je eigen laptop wil afdrukken. Uitpakken en install_printers.exe dubbelklikken, daarna kies je 'SPC-Leraarskamer'.

Als er iets niet lukt: ik zit dinsdag en donderdag in lokaal A004.

Groetjes
""" + SIG_ICT,
    att=[('printers_SPC.zip', 'application/zip', 'ZIP_EXE')], enc='qp', date='2024-08-30 15:42',
    rules=['password', 'attachment', 'personal_data'], about=[],
    note='ICT gives a new teacher her start password and copier code; printer installer zip holds an .exe; phone in signature')

# 003 N turnzak
add('N', 'turnzak-mats', st('lo'), [par('mats')], 'Turnzak Mats',
"""Beste mevrouw Huygens

Mats had vandaag voor de tweede keer op rij zijn turngerief niet bij. Hij heeft de les meegevolgd vanaf de bank en een kort verslagje geschreven, dus geen probleem voor deze keer.

Wilt u er samen met hem op letten dat zijn sportzak donderdag mee is? Het gaat om een wit T-shirt, een short en sportschoenen die niet afgeven op de zaalvloer.

Alvast bedankt!

Gert Luyten
leraar LO""",
    enc='8bit', date='2024-09-03 13:05', rules=[], about=['mats'],
    note='gym teacher tells a mother her son forgot his gym gear twice; ordinary individual mail', lang='nl')

# 004 C beperkingen-PIN iPad aan vader (reply)
add('C', 're-ipad-robbe-beperkingen', st('ict'), [par('robbe', 1)], 'RE: ipad Robbe',
"""Dag meneer Claes,

Ik heb op het toestel van Robbe (SPC-iPad 1E-07) de beperkingen opnieuw ingesteld zoals gevraagd. YouTube en de App Store zijn nu na 21 u. geblokkeerd.

De code om de beperkingen aan te passen is 8153. Geef die best niet door aan Robbe :-)

Met vriendelijke groeten
""" + SIG_ICT_NOTEL + """

-----Oorspronkelijk bericht-----
Van: Wouter Claes <wouter.claes@telenet.be>
Verzonden: woensdag 4 september 2024 07:58
Aan: Tom Goossens
Onderwerp: ipad Robbe

Goeiemorgen, Robbe zit s avonds tot 23u op youtube op zijn schoolipad. Kan de school daar iets op zetten? Ik wil zelf de code hebben om dat aan te passen want ik krijg het niet ingesteld.
Wouter

Verzonden vanaf mijn iPhone""",
    enc='qp', date='2024-09-04 11:20', fmt=['reply'], rules=['password'], about=['robbe'],
    note='ICT coordinator hands a father the restrictions PIN of his son\'s managed iPad in a reply')

# 005 L schermtijdcode niet via mail
add('L', 'schermtijdcode-niet-via-mail', st('ict'), [par('ruben', 1)], 'Re: code schermtijd Ruben',
"""Beste mevrouw Aerts

Bedankt voor uw bericht. Ik begrijp dat u de schermtijdcode van Ruben zijn iPad wil aanpassen, maar codes en wachtwoorden geven wij nooit door via e-mail. Dat staat ook zo in ons communicatiebeleid.

U heeft twee mogelijkheden:
- U komt even langs op het secretariaat (elke schooldag tot 16.30 u.) en dan stellen we samen met u een nieuwe code in. Breng Ruben zijn iPad mee.
- U stelt zelf een nieuwe code in via Instellingen > Schermtijd > Wijzig schermtijdcode, als u de huidige code nog kent.

Kies een code die Ruben niet kan raden, dus liefst niet zijn verjaardag of 1234.

Met vriendelijke groeten
Tom Goossens
ICT-coördinator

> Op 4 sep. 2024 om 21:33 heeft Griet Aerts <griet.aerts@telenet.be> het volgende geschreven:
>
> Dag meneer, kan u mij de code van de schermtijd mailen? Ruben zegt dat de school die heeft ingesteld. Groetjes Griet""",
    enc='qp', date='2024-09-05 08:47', fmt=['reply'], rules=[], about=['ruben'],
    note='ICT refuses to mail a screen-time code and explains how to change it; no credential given')

# 006 S Lotte
add('S', 'lotte-opvolging', st('zorg'), [st('kt1c')], 'Lotte (1C) - even ter info',
"""Hoi Nathalie,

Even een korte update na mijn gesprek met Lotte vanmiddag. Ze heeft zich in het weekend opnieuw gesneden, deze keer aan de bovenarmen. Mama weet ervan en heeft vanavond een afspraak bij de huisarts. Ann van het CLB volgt mee op.

Concreet voor de klas:
- laat haar de lange mouwen aanhouden, ook bij LO (ik verwittig Gert zelf);
- als ze de klas uit wil, mag ze naar mij of naar Karim, zonder uitleg te moeten geven;
- aub niet in de klas over praten.

Als je iets merkt, laat je het mij meteen weten? Ik zet het verder in het LVS.

Sofie""",
    enc='qp', date='2024-09-09 16:31', rules=['sensitive'], cats=['psychosocial', 'care'], about=['lotte'],
    note='care coordinator tells the class teacher a named pupil self-harmed again, with classroom measures')

# 007 C poortcode + sleutelkluis aan busbedrijf
add('C', 'poortcode-bus', st('sec'), [BUS], 'Toegang achterpoort voor de schoolbus',
"""Dag Kristel,

Zoals telefonisch afgesproken: vanaf maandag mag de bus langs de achterpoort aan de Oude Baan binnenrijden, zodat de leerlingen niet meer langs de drukke steenweg moeten oversteken.

- Code van de achterpoort: 1907#
- De sleutel van het draaihek hangt in het sleutelkluisje links naast de fietsenstalling, code 3388.

Wil je dit doorgeven aan Luc en aan de vervangchauffeur? Graag de poort telkens opnieuw sluiten na het binnenrijden.

Vriendelijke groeten
""" + SIG_SEC,
    enc='8bit', date='2024-09-10 09:12', rules=['password', 'personal_data'], about=[],
    note='secretariat gives the bus company the gate code and key-safe code; school phone in signature')

# 008 G medicatie
add('G', 'medicatie-op-school', st('dirg'), [st('secg')], 'Medicatie op school: afspraken',
    None, html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Geachte ouders</p>
<p>Soms moet een leerling tijdens de schooluren medicatie nemen. Om dat veilig te laten verlopen, gelden in onze school deze afspraken:</p>
<ol>
<li><b>Medicatie op voorschrift</b> (bv. een antibioticum of een pufje): we geven die enkel als u het formulier <i>Aanvraag medicatie</i> laat invullen door de behandelende arts. U vindt het formulier op Smartschool.</li>
<li><b>Geen pijnstillers zonder toestemming.</b> Het secretariaat geeft geen paracetamol of ibuprofen zonder dat formulier, ook niet als uw kind er zelf om vraagt.</li>
<li>De medicatie wordt <b>in de originele verpakking</b> met de naam van uw kind afgegeven op het secretariaat.</li>
<li>Heeft uw kind noodmedicatie nodig (bv. een adrenalinepen), bespreek dit dan met de zorgcoördinator zodat de betrokken leerkrachten weten wat te doen.</li>
<li>Bij ziekte tijdens de les bellen we u op. Zorg dus dat uw telefoonnummer in Smartschool up-to-date is.</li>
</ol>
<p>Alvast bedankt voor uw medewerking.</p>
<p>Met vriendelijke groeten<br>De directie</p>
</body></html>""",
    bcc=['ouders@sintpieterscollege.be'], enc='qp', date='2024-09-11 12:00', rules=[], about=[],
    note='general medication procedure letter to all parents (bcc), examples with bv., no individual pupil')

# 009 S allergielijst keuken + xlsm
ALLERGY_ROWS = [
    ('kobe_s', 'pinda en noten', 'EpiPen in boekentas + 1 op secretariaat'),
    ('zeynep', 'coeliakie (glutenvrij)', 'apart klaarmaken, geen broodkruim op de plank'),
    ('lukas', 'lactose-intolerantie', 'lactasetabletten zelf bij'),
    ('amber', 'kiwi, ananas', 'lichte reactie (jeuk mond)'),
    ('youssef', 'sesam', 'ook geen hummus'),
]
def _allergy_text():
    out = []
    for k, a, n in ALLERGY_ROWS:
        r = ROSTER[k]
        out.append(f"- {r['first']} {r['last']} ({r['cls']}): {a} - {n}")
    return '\n'.join(out)
def _allergy_html():
    rows = ''.join(f"<tr><td>{ROSTER[k]['first']} {ROSTER[k]['last']}</td><td>{ROSTER[k]['cls']}</td><td>{a}</td><td>{n}</td></tr>" for k, a, n in ALLERGY_ROWS)
    return ('<html><body style="font-family:Calibri;font-size:11pt"><p>Dag Ria, dag Hakan,</p>'
            '<p>Hierbij de allergielijst van de eerste graad voor dit schooljaar. In de bijlage zit ook het Excel-bestand met de knop om de lijst per dag af te drukken (macro&#39;s inschakelen).</p>'
            '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Leerling</th><th>Klas</th><th>Allergie</th><th>Opmerking</th></tr>'
            + rows + '</table><p>Bij twijfel: niet geven en mij even bellen.</p><p>Groetjes<br>Sofie Lemmens<br>zorgco&ouml;rdinator</p></body></html>')
add('S', 'allergielijst-keuken', st('zorg'), [st('kok'), st('kok2')], 'Allergielijst eerste graad 2024-2025',
    "Dag Ria, dag Hakan,\n\nHierbij de allergielijst van de eerste graad voor dit schooljaar. In de bijlage zit ook het Excel-bestand met de knop om de lijst per dag af te drukken (macro's inschakelen).\n\n"
    + _allergy_text() + "\n\nBij twijfel: niet geven en mij even bellen.\n\nGroetjes\nSofie Lemmens\nzorgcoördinator",
    html=_allergy_html(), att=[('allergieen_1stegraad.xlsm', 'application/vnd.ms-excel.sheet.macroEnabled.12', 'XLSM')],
    enc='qp', date='2024-09-12 10:03', rules=['sensitive', 'attachment'], cats=['medical'],
    about=[k for k, _, _ in ALLERGY_ROWS],
    note='kitchen gets a list of named pupils with allergies/coeliac disease; macro-enabled xlsm attached')

# 010 C leerlabo Apple ID
add('C', 'leerlabo-ipads-appleid', st('ict'), [st('labo')], 'iPads leerlabo',
    "Dag Inge,\n\nDe 8 iPads van het leerlabo zijn klaar. Ze staan in de laadkar in jouw lokaal.\n\nGedeelde Apple ID: leerlabo@appleid.sintpieterscollege.be\nWachtwoord Apple ID: Labo-Kessel24\nToegangscode iPads: 2468 (dezelfde op alle 8)\n\nSprint Plus en Kurzweil staan erop, de licentie loopt via het schoolaccount.\n\nTom",
    html="""<html><body><p>Dag Inge,</p><p>De 8 iPads van het leerlabo zijn klaar. Ze staan in de laadkar in jouw lokaal.</p>
<table border="0" cellpadding="3"><tr><td><b>Gedeelde Apple ID</b></td><td>leerlabo@appleid.sintpieterscollege.be</td></tr>
<tr><td><b>Wachtwoord Apple ID</b></td><td>Labo-Kessel24</td></tr>
<tr><td><b>Toegangscode iPads</b></td><td>2468 (dezelfde op alle 8)</td></tr></table>
<p>Sprint Plus en Kurzweil staan erop, de licentie loopt via het schoolaccount.</p><p>Tom</p></body></html>""",
    enc='base64', date='2024-09-12 14:26', rules=['password'], about=[],
    note='ICT gives the remedial teacher the shared Apple ID password and device passcode of the leerlabo iPads (table)')

# 011 N sleutel Kato
add('N', 'sleutel-kato-gevonden', st('sec'), [par('kato', 1)], 'Sleutel van Kato gevonden',
"""Dag meneer Dewaele

Kato was vanochtend haar huissleutel kwijt (aan een sleutelhanger met een panda). Die werd net binnengebracht door de poetsdienst, hij lag in de refter.

De sleutel ligt op het secretariaat. Kato mag hem tijdens de middagpauze komen halen, ik heb het haar ook via Smartschool laten weten.

Vriendelijke groeten
""" + SIG_SEC,
    enc='qp', date='2024-09-13 11:48', rules=['personal_data'], about=['kato'],
    note='secretariat tells a father his daughter\'s lost key was found; only the school phone in the signature')

# 012 G allergieformulier
add('G', 'allergie-formulier-keuken', st('secg'), [st('secg')], 'Allergieën en dieetwensen: graag formulier invullen',
"""Beste ouders

Onze keuken bereidt elke dag een warme maaltijd voor ongeveer 200 leerlingen. Om dat veilig te doen, moeten we weten welke leerlingen een voedselallergie of -intolerantie hebben.

Heeft uw kind een allergie (bv. noten, gluten, lactose, ei) of volgt uw kind een voorgeschreven dieet? Vul dan voor 20 september het digitale formulier in via Smartschool > Formulieren > Allergie en dieet. Voeg indien mogelijk een attest van de arts toe.

Wat gebeurt er met die gegevens?
- Enkel de zorgcoördinator en de keukenmedewerkers krijgen de informatie te zien.
- De lijst wordt aan het einde van het schooljaar vernietigd.
- Verandert er iets, dan past u het formulier zelf aan.

Heeft uw kind geen allergie, dan hoeft u niets te doen.

Met vriendelijke groeten
Het secretariaat""",
    bcc=['ouders@sintpieterscollege.be'], enc='8bit', date='2024-09-16 09:30', rules=[], about=[],
    note='general request to all parents to report allergies through a form; no individual pupil')

# 013 C wachtwoord reset Yara (reply to phone mail)
add('C', 're-smartschool-yara', st('kt1d'), [par('yara', 1)], 'Re: smartschool yara',
"""Beste mevrouw Ouali

Ik heb het wachtwoord van Yara gereset. Ze kan nu inloggen met:
gebruikersnaam: yara.haddou
tijdelijk wachtwoord: Yara-1D-5821

Bij de eerste keer aanmelden moet ze zelf een nieuw wachtwoord kiezen. Tip: laat haar het ergens thuis opschrijven, ze is het al de tweede keer kwijt :)

Met vriendelijke groeten
Yusuf Aydin
klastitularis 1D

Op di 17 sep 2024 om 07:12 schreef Samira Ouali <samira.ouali@hotmail.com>:
> Goedemorgen meneer
> yara kan niet inloggen op smartschool hij zegt fout wachtwoord. Ze moet taak indienen voor aardrijkskunde. Kunt u helpen?
> Dank u
>
> Verzonden vanaf mijn Samsung Galaxy-smartphone.""",
    enc='8bit', date='2024-09-17 08:05', fmt=['reply'], rules=['password'], about=['yara'],
    note='class teacher replies to a mother\'s phone mail with the pupil\'s reset Smartschool password')

# 014 S agenda leerlingenbespreking met CLB
add('S', 'agenda-leerlingenbespreking-clb', st('zorg'), [CLB], 'agenda leerlingenbespreking do 19/9',
"""Dag Ann,

Hieronder de agenda voor donderdag (lokaal B003, 13.30 u.). Karim zit ook mee.

1. Lotte V. (1C) - opvolging na nieuwe episode snijden, afspraak huisarts? terugkoppeling mama
2. Ayoub E.K. (1D) - woonsituatie (met 5 bij tante), komt dagelijks naar huiswerkklas, vraag: sociaal werker OCMW?
3. Kiara M. (2B) - sinds de zomer in pleeggezin, contact met consulent pleegzorg, wie krijgt het rapport?
4. Mathis D. (2D) - diagnose ASS in aanvraag, prikkelarme plek nodig in de refter
5. Ilias B. (2F) - aanmelding onderzoek: rekenen blijft ver onder niveau ondanks remediëring leerlabo
6. Eva T. (1G) - al 7 halve dagen afwezig met buikpijn, ouders in conflict over opvang

Varia: planning systematische contacten 1ste jaar.

Tot donderdag!
Sofie""",
    cc=[st('lb')], enc='qp', date='2024-09-18 17:22',
    rules=['sensitive'], cats=['psychosocial', 'family', 'care', 'medical'],
    about=['lotte', 'ayoub', 'kiara', 'mathis', 'ilias', 'eva'],
    note='weekly pupil-care agenda sent to the CLB: self-harm, placement, housing, ASD, absenteeism of named pupils in a bullet list')

# 015 L Teams MDO
add('L', 'teams-mdo-eerste-graad', st('zorg'), [CLB], 'MDO eerste graad (Teams)',
    None, html="""<html><body style="font-family:'Segoe UI',sans-serif;font-size:10.5pt">
<p>Dag Ann,</p><p>Voor het overleg van volgende week schakelen we over op Teams, er is geen lokaal vrij.</p>
<div style="width:100%;height:20px;border-bottom:1px solid #ccc"></div>
<p><b>Microsoft Teams</b> <a href="#">Hulp nodig?</a></p>
<p><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NWQ4ZTk2YTEtYjc2ZS00@thread.v2/0">Nu deelnemen aan de vergadering</a></p>
<p>Vergadering-id: 372 118 904 55<br>Wachtwoord: Hq7pLm</p>
<div style="width:100%;height:20px;border-bottom:1px solid #ccc"></div>
<p>Groetjes<br>Sofie</p></body></html>""",
    cc=[st('lb')], enc='qp', date='2024-09-19 12:10', rules=[], about=[],
    note='meeting passcode of a Teams invitation for the CLB overleg; no names, no account credential', lang='nl')

# 016 N fotoToestemming Nora
add('N', 'foto-website-nora', st('kt1f'), [par('nora')], 'Foto van Nora op de website?',
"""Beste mevrouw Haesaerts

Nora heeft tijdens de projectdag een heel mooi kunstwerk gemaakt met gerecycleerd materiaal. We zouden graag een foto van Nora bij haar werk op de schoolwebsite en in de nieuwsbrief zetten.

Op het toestemmingsformulier van het begin van het jaar staat 'enkel groepsfoto's'. Daarom vraag ik het even apart: mag dit? Een kort 'ja' of 'nee' als antwoord is genoeg.

Vriendelijke groet
Joris Michiels
klastitularis 1F""",
    enc='qp', date='2024-09-20 14:02', rules=[], about=['nora'],
    note='class teacher asks a mother for photo permission for one picture of her daughter')

# 017 S overlijden mama Elias
add('S', 'elias-2a-ter-info', st('kt2a'), [st('fr'), st('wisk'), st('ned'), st('lo2')], 'Elias (2A)',
"""Dag collega's,

Even ter info, ik hoorde het vanochtend van papa: de mama van Elias is zaterdag overleden, na een lange ziekte. De begrafenis is vrijdag in Kessel-Lo. Elias blijft deze week thuis.

Als hij terugkomt, laat hem gerust even zijn. Toetsen van deze en volgende week mag hij later inhalen, dat regel ik wel. Karim is op de hoogte en maakt een afspraak met hem.

Wie een kaartje wil meetekenen: ik leg er een in de leraarskamer.

Hanne""",
    enc='8bit', date='2024-09-23 08:41', rules=['sensitive'], cats=['family'], about=['elias'],
    note='class teacher informs colleagues that a pupil\'s mother died at the weekend')

# 018 C fr co-compte
add('C', 'fr-cocompte-noe', st('icts'), [par('noe', 1)], 'Accès co-compte Smartschool – Noé',
"""Madame Dumont,

Suite à votre demande d'hier, voici l'accès à votre co-compte Smartschool pour suivre la scolarité de Noé :

Adresse : https://spc-kessello.smartschool.be
Nom d'utilisateur : noe.lefebvre
Mot de passe (co-compte 1) : Fm8!tq2Z

Lors de votre première connexion, il vous sera demandé de choisir un nouveau mot de passe personnel. Monsieur Lefebvre dispose de son propre co-compte (co-compte 2), il ne doit donc pas utiliser celui-ci.

Bien à vous,
Tom Goossens
Coordinateur ICT""",
    enc='qp', date='2024-09-24 10:37', rules=['password'], about=['noe'], lang='fr',
    note='ICT sends a French-speaking mother her Smartschool co-account password')

# 019 G CLB systematisch contact
add('G', 'clb-systematisch-contact', st('dirg'), [st('dirg')], 'Het CLB in onze school – info voor ouders van het eerste jaar',
"""Beste ouders

Onze school werkt samen met het Centrum voor Leerlingenbegeleiding (CLB) Leuven. Het CLB begeleidt leerlingen op vier domeinen: leren en studeren, onderwijsloopbaan, psychisch en sociaal functioneren, en preventieve gezondheidszorg.

Wat betekent dat voor uw kind?
- In het eerste jaar krijgt elke leerling een systematisch contact met de CLB-verpleegkundige. Daarbij worden onder meer lengte, gewicht, zicht en gehoor nagekeken. U ontvangt vooraf een vragenlijst.
- Op dat moment kan ook een vaccinatie worden aangeboden (bv. HPV). Dat gebeurt enkel met uw toestemming.
- Heeft uw kind het moeilijk, dan kan het zelf aankloppen bij het CLB. Ook u als ouder kan dat.

De CLB-medewerker is elke donderdag op school. Een afspraak maken kan via het secretariaat of rechtstreeks via de website van het CLB.

Het CLB werkt onafhankelijk van de school en is gebonden aan het beroepsgeheim.

Met vriendelijke groeten
De directie""",
    bcc=['ouders-1stejaar@sintpieterscollege.be'], html='auto', enc='base64', date='2024-09-25 16:00', rules=[], about=[],
    note='general CLB information letter for all first-year parents; no individual data')

# 020 N iPad in bus
add('N', 'ipad-bas-in-bus', st('ict'), [par('bas', 1)], 'iPad van Bas teruggevonden',
"""Dag meneer Rombouts,

Goed nieuws: de chauffeur van de schoolbus heeft de iPad van Bas gisterenavond op de achterbank gevonden en vanochtend bij mij binnengebracht. Er is niets beschadigd.

Bas mag hem op de middag komen ophalen in lokaal A004. Ik heb de 'Zoek mijn iPad'-melding ondertussen afgezet.

Groeten
Tom Goossens
ICT""",
    enc='7bit', date='2024-09-26 09:15', rules=[], about=['bas'],
    note='ICT tells a father his son\'s forgotten iPad was found in the bus')

# 021 S huiswerkklas Ayoub
add('S', 'ayoub-huiswerkklas', st('hwk'), [st('zorg')], 'Ayoub 1D',
"""Sofie,

Je vroeg hoe het gaat met Ayoub in de huiswerkklas. Hij komt elke dag, is altijd de laatste die vertrekt en maakt zijn taken goed.

Vandaag vertelde hij me spontaan waarom hij zo graag blijft: ze slapen met vijf in één kamer bij een tante in Wilsele sinds ze in juni uit hun appartement moesten. Thuis is er geen tafel om aan te werken. Over zijn papa zei hij alleen dat die "weg" is. Toen mama hem kwam halen vroeg ik voorzichtig of ik iets kon doen, en ze vertelde dat hij sinds de lente in de gevangenis van Leuven zit en dat Ayoub hem elke twee weken mag bezoeken.

Misschien iets voor de leerlingenbespreking met het CLB?

Jelle""",
    enc='qp', date='2024-09-27 17:40', rules=['sensitive'], cats=['family'], about=['ayoub'],
    note='homework class teacher reports a pupil\'s housing situation and father in prison to the care coordinator')

# 022 C alarmcode weekend
add('C', 'alarmcodes-weekend', st('dir'), [st('conc')], 'Zaterdag opendeur: alarm',
"""Luc,

Voor zaterdag: ik ben er zelf pas om 10 u. Kan jij openen?

Alarm hoofdgebouw: 73915 + OFF
Alarm sporthal: 2604

Na afloop alles weer aanzetten, Els sluit af om 17 u.

Bart

Verstuurd vanaf mijn iPhone""",
    cc=[st('adj')], enc='7bit', date='2024-09-30 21:04', rules=['password'], about=[],
    note='director gives the caretaker the building alarm codes for an open day')

# 023 M Noor -> Sarah Jacobs (autocomplete)
add('M', 'noor-toets-frans-inhalen', st('kt1d'), [par('milan_j', 1)], 'Inhaaltoets Frans Noor',
"""Beste mevrouw Janssens

Noor was vorige vrijdag afwezig en heeft daardoor de toets Frans (chapitre 1) gemist. Ze kan die inhalen op donderdag 3 oktober om 8.00 u. in lokaal C104, voor de eerste les.

Wilt u ervoor zorgen dat ze die dag wat vroeger op school is? Met de bus van 7.40 u. lukt dat.

Met vriendelijke groeten
Yusuf Aydin
klastitularis 1D""",
    enc='qp', date='2024-10-01 12:33', rules=[], about=['noor'], mis=True,
    note='mail about Noor Janssens (1D) sent to Sarah Jacobs, mother of Milan Jacobs (2A): address autocomplete on "sarah"')

# 024 G pestbeleid
add('G', 'pestbeleid-ouders', st('dirg'), [st('dirg')], 'Samen tegen pesten: hoe gaan wij ermee om?',
    None, html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:10pt">
<h3>Samen tegen pesten</h3>
<p>Geachte ouders</p>
<p>In de week tegen pesten willen we u graag uitleggen hoe onze school omgaat met pestgedrag. Pesten is iets anders dan plagen of een ruzie: het gebeurt herhaaldelijk, doelbewust en er is een machtsverschil.</p>
<p><b>Wat doen wij?</b></p>
<ol>
<li>Elke melding wordt ernstig genomen en binnen de week besproken door de leerlingbegeleider.</li>
<li>We werken met de <i>no blame</i>-methode: we zoeken samen met een groep leerlingen naar oplossingen, zonder meteen te straffen.</li>
<li>Stopt het pesten niet, dan volgen maatregelen volgens het schoolreglement (art. 24).</li>
<li>Ook cyberpesten via bv. Snapchat of WhatsApp pakken we aan wanneer het de sfeer op school be&iuml;nvloedt.</li>
</ol>
<p><b>Wat kan u doen?</b> Merkt u dat uw kind niet graag meer naar school gaat, buikpijn heeft of zich terugtrekt? Praat erover en neem contact op met de klastitularis of de leerlingbegeleider. Ook een leerling die zelf pest, heeft hulp nodig.</p>
<p>Met vriendelijke groeten<br>Karim Bouzid, leerlingbegeleider<br>namens de directie</p>
</body></html>""",
    bcc=['ouders@sintpieterscollege.be'], enc='qp', date='2024-10-02 15:30', rules=[], about=[],
    note='general anti-bullying policy letter to all parents with numbered steps; "uw kind" but nobody identified')

# 025 S epilepsie bus
add('S', 'bus-jade-noodprotocol', st('sec'), [BUS], 'Leerling met noodprotocol op lijn 2',
"""Dag Kristel,

Op lijn 2 (halte Linden Kerk) rijdt sinds deze week Jade Verschueren mee, 1F. Jade heeft epilepsie. Ze heeft de laatste maanden geen aanvallen meer gehad, maar we willen dat de chauffeurs weten wat te doen:

- Bij een aanval: niet vastpakken, hoofd beschermen, tijd noteren.
- Duurt de aanval langer dan 5 minuten: Buccolam geven (zit in het rode etui in het voorvak van haar rugzak) en 112 bellen.
- Daarna altijd mama verwittigen: 0476 21 88 35.

Wil je dit op een discrete manier doorgeven aan Luc en de vervangchauffeurs? Liefst niet ophangen in de bus.

Vriendelijke groeten
Martine""",
    enc='qp', date='2024-10-03 10:22', rules=['sensitive', 'personal_data'], cats=['medical'], about=['jade'],
    note='bus company is told a named pupil has epilepsy with the emergency protocol and the mother\'s mobile number')

# 026 C chromebook huiswerkklas aan stagiair
add('C', 'huiswerkklas-chromebook-stagiair', st('hwk'), ['Ward Peeters <ward.peeters.stage@gmail.com>'], 'huiswerkklas maandag',
"""Hoi Ward,

Fijn dat je maandag de huiswerkklas overneemt. De leerlingen werken op de Chromebooks in de kast achteraan (sleutel bij het secretariaat).

Als ze niet op hun eigen account geraken, mogen ze het algemene account gebruiken:
login: huiswerkklas1@sintpieterscollege.be
wachtwoord: Studie#2024

De aanwezigheidslijst staat op Smartschool, vink gewoon aan wie er is. Om 17.15 u. gaan ze naar buiten via de hoofdingang.

Merci!
Jelle""",
    enc='qp', date='2024-10-04 15:50', rules=['password'], about=[],
    note='homework class teacher mails a student teacher the login and password of the shared Chromebook account')

# 027 S Rilatine Matteo
add('S', 'medicatie-matteo-middag', st('kt1c'), [st('sec')], 'medicatie Matteo',
"""Hoi Martine,

Mama van Matteo (1C) heeft deze ochtend een doosje Rilatine 10 mg afgegeven samen met het attest van de kinderpsychiater. Hij moet elke middag om 12.20 u. één tablet nemen, voor het eten. Ik heb het doosje in de afgesloten medicatiekast gelegd.

Kan jij mee opvolgen dat hij het niet vergeet? Hij is er nogal laks in en zonder is de namiddag echt moeilijk voor hem.

Dank je!
Nathalie""",
    enc='8bit', date='2024-10-07 08:55', rules=['sensitive'], cats=['medical'], about=['matteo'],
    note='class teacher tells the secretariat a named pupil takes ADHD medication at noon')

# 028 N en olympiade Priya
add('N', 'en-math-olympiad-priya', st('wisk'), [par('priya', 1)], 'Priya – Junior Mathematical Olympiad',
"""Dear Mrs Sharma,

I am happy to let you know that Priya has passed the first round of the Flemish Junior Mathematical Olympiad. She scored 104 out of 150, one of the best results in our school this year.

The second round takes place on Wednesday 22 January in Leuven (KU Leuven, Celestijnenlaan). The school will register her; you only need to arrange transport, or she can come along with me by train.

Congratulations to Priya, she really deserves this!

Kind regards,
Jef Van Gorp
mathematics teacher""",
    enc='7bit', date='2024-10-08 13:40', rules=[], about=['priya'], lang='en',
    note='maths teacher congratulates a parent on her daughter\'s olympiad result')

# 029 C startpaswoorden 1A
PW_1A = [('lars', 'Zon7-Kast'), ('amina', 'Boom4-Vis'), ('victor', 'Roos2-Trein'), ('mila', 'Wolk9-Fiets'),
         ('ilyas', 'Maan3-Bal'), ('sofia', 'Ster8-Deur')]
add('C', 'startpaswoorden-1a', st('ict'), [st('kt1a')], 'startpaswoorden 1A nog niet geactiveerd',
    "Dag Lien,\n\nDeze leerlingen van 1A hebben hun account nog altijd niet geactiveerd. Kan jij ze morgen tijdens het klasuur laten aanmelden? Ze moeten meteen een nieuw paswoord kiezen.\n\n"
    + '\n'.join(f"{ROSTER[k]['first']} {ROSTER[k]['last']}   {ROSTER[k]['first'].lower()}.{ascii_slug(ROSTER[k]['last'])}   {p}" for k, p in PW_1A)
    + "\n\nMerci\nTom",
    html='<html><body><p>Dag Lien,</p><p>Deze leerlingen van 1A hebben hun account nog altijd niet geactiveerd. Kan jij ze morgen tijdens het klasuur laten aanmelden? Ze moeten meteen een nieuw paswoord kiezen.</p><table border="1" cellspacing="0" cellpadding="3"><tr><th>Leerling</th><th>Gebruikersnaam</th><th>Startpaswoord</th></tr>'
    + ''.join(f"<tr><td>{ROSTER[k]['first']} {ROSTER[k]['last']}</td><td>{ROSTER[k]['first'].lower()}.{ascii_slug(ROSTER[k]['last'])}</td><td>{p}</td></tr>" for k, p in PW_1A)
    + '</table><p>Merci<br>Tom</p></body></html>',
    enc='qp', date='2024-10-09 16:12', rules=['password'], about=[k for k, _ in PW_1A],
    note='ICT sends the class teacher a table of pupils\' start passwords')

# 030 L phishing
add('L', 'phishing-waarschuwing', st('ict'), [st('ict')], 'Opgelet: valse Smartschool-mails',
"""Beste collega's

Sinds gisteren circuleren er mails met als onderwerp "Uw Smartschool-account wordt afgesloten". De afzender lijkt echt, maar de link gaat naar een valse inlogpagina.

Onthoud:
- Smartschool, het ICT-team of de directie vragen NOOIT om je wachtwoord via mail of telefoon.
- Twijfel je? Klik niet, maar stuur de mail door naar ict@sintpieterscollege.be.
- Heb je toch je gegevens ingevuld? Wijzig meteen je wachtwoord en verwittig mij.

Bedankt om alert te blijven!
Tom""",
    bcc=['personeel@sintpieterscollege.be'], enc='qp', date='2024-10-10 07:55', rules=[], about=[],
    note='phishing warning to all staff (bcc): talks about passwords without giving one')

# 031 S pesten Emma (slachtoffer)
add('S', 'emma-groepschat', st('kt2d'), [par('emma_d', 1)], 'Gesprek met Emma',
"""Beste mevrouw Declercq

Zoals beloofd een korte terugkoppeling van mijn gesprek met Emma van vanmiddag.

Emma heeft me de schermafbeeldingen getoond van de klasgroep op Snapchat. Er wordt al een paar weken met haar gelachen, er worden foto's van haar doorgestuurd met spottende opmerkingen en ze wordt bewust niet uitgenodigd als er iets wordt afgesproken. Ze moest daar erg van huilen en zei dat ze 's avonds niet meer kan slapen.

Wat we nu doen:
- morgen gesprek van meneer Bouzid (leerlingbegeleider) met een groepje klasgenoten volgens de no-blame-aanpak;
- Emma mag tijdens de middag in de bib zitten als ze dat wil;
- over twee weken bekijken we samen met u hoe het gaat.

Aarzel niet om mij te bellen als Emma thuis iets vertelt.

Met vriendelijke groeten

Kristof Maes
klastitularis 2D
Sint-Pieterscollege Middenschool – 016 35 21 40""",
    enc='qp', html='auto', date='2024-10-14 16:48', rules=['sensitive', 'personal_data'], cats=['psychosocial'],
    about=['emma_d'], note='class teacher tells a mother her daughter is being bullied in the class group chat; school phone in signature')

# 032 C en Wi-Fi + login exchange teacher
add('C', 'en-welcome-logins-rachel', st('ict'), [st('eng')], 'Your accounts',
"""Hi Rachel,

Welcome to Kessel-Lo! Here are your details so you can get started on Monday:

Staff Wi-Fi (SPC-Personeel): Kessel!Wifi-7734
Smartschool: rachel.moore / Welcome-2024 (you will be asked to change it)

The copier code will follow once the secretariat has registered you.
If anything doesn't work, just pop into A004.

Cheers,
Tom""",
    enc='7bit', date='2024-10-15 12:02', rules=['password'], about=[], lang='en',
    note='ICT gives an English-speaking colleague the staff Wi-Fi key and her Smartschool password')

# 033 M Lucas Peeters 1E -> ouders Lucas Peeters 2C
add('M', 'lucas-peeters-wiskunde', st('wisk'), [par('lucas2', 1), par('lucas2', 2)], 'Resultaten wiskunde Lucas',
"""Beste ouders van Lucas

Lucas haalde op de eerste twee toetsen wiskunde (getallenleer en meetkunde) 9/20 en 8,5/20. In de klas werkt hij goed mee, maar hij oefent thuis te weinig: zijn oefeningen in het werkboek zijn vaak niet af.

Ik zou het fijn vinden om dit kort te bespreken op het oudercontact van 24 oktober. U kan een tijdstip reserveren via Smartschool. Tot dan kan Lucas op dinsdagmiddag bij mij in lokaal C012 terecht met vragen.

Met vriendelijke groeten
Jef Van Gorp
wiskunde 1E""",
    enc='qp', date='2024-10-16 17:30', rules=['bcc'], about=['lucas1'], mis=True,
    note='maths results of Lucas Peeters (1E) sent to both parents of the namesake Lucas Peeters (2C) picked from the Smartschool list; two parents visible in To')

# 034 G schoolrekening algemeen
add('G', 'eerste-schoolrekening', st('boek'), [st('boek')], 'Eerste schoolrekening 2024-2025',
"""Beste ouders

Vandaag staat de eerste schoolrekening van dit schooljaar klaar op Smartschool (Mijn documenten > Rekeningen). Ze bevat onder meer het boekenpakket, de kopieën van het eerste trimester en de maaltijden van september.

Graag betalen voor 15 november met de overschrijving en de gestructureerde mededeling die op de rekening staan. Gelieve het bedrag niet te wijzigen.

Lukt het niet om de rekening in één keer te betalen? Neem dan gerust contact op met de boekhouding. Een afbetalingsplan is altijd mogelijk en wordt discreet behandeld. Vergeet ook niet dat u misschien recht hebt op een schooltoelage (aanvragen via het Groeipakket).

Met vriendelijke groeten
Rita Van Dyck
boekhouding""",
    bcc=['ouders@sintpieterscollege.be'], enc='qp', date='2024-10-17 14:00', rules=[], about=[],
    note='general invoice announcement to all parents: mentions payment plans in general, no family, no IBAN')

# 035 S fr schoolweigering Manon
add('S', 'fr-manon-retour-ecole', st('lb'), [par('manon', 1)], 'Manon – proposition pour un retour progressif',
"""Madame Lejeune,

Je vous remercie pour notre conversation téléphonique de ce matin. Comme convenu, je résume ce que nous avons dit.

Depuis la rentrée, Manon a de plus en plus de mal à venir à l'école. Le matin, elle a mal au ventre, elle pleure et elle refuse de monter dans le bus. Elle m'a dit qu'elle a peur de « faire une crise » devant la classe, comme celle du 27 septembre en cours de sciences. Cette semaine, elle n'est venue qu'un seul jour.

Nous proposons :
1. un retour progressif : d'abord les deux premières heures, avec un accueil chez moi à 8h15 ;
2. une carte « time-out » qu'elle peut montrer pour sortir de la classe sans explication ;
3. un premier entretien avec Madame De Ridder du CLB, jeudi à 14h, si vous êtes d'accord.

N'hésitez pas à me contacter si vous avez des questions.

Bien cordialement,
Karim Bouzid
accompagnateur des élèves""",
    enc='base64', date='2024-10-18 11:25', rules=['sensitive'], cats=['psychosocial', 'care'], about=['manon'], lang='fr',
    note='pupil counsellor writes to a mother in French about her daughter\'s school refusal and panic, with a care plan')

# 036 C Wi-Fi gast voor CLB spreker
add('C', 'infoavond-wifi-gast', st('zorg'), [CLB], 'infoavond studiekeuze: praktisch',
"""Dag Ann,

Nog wat praktische zaken voor de infoavond van dinsdag:
- We starten om 19.30 u. in de refter, jij bent na de directeur aan de beurt (20 min.).
- Projector met HDMI staat klaar. Wil je met je eigen laptop werken: gastnetwerk SPC-Gast, sleutel Welkom@Kessel-Lo
- Parkeren kan op de speelplaats, de achterpoort staat open tot 22 u.

Tot dinsdag!
Sofie""",
    enc='qp', date='2024-10-21 09:04', rules=['password'], about=[],
    note='care coordinator gives the CLB speaker the guest Wi-Fi key for an info evening')

# 037 N fr oudercontact Théo
add('N', 'fr-oudercontact-theo', st('kt2a'), [par('theo', 1)], 'Contact parents – Théo',
"""Madame Martin,

Je vous confirme votre rendez-vous pour le contact parents de jeudi 24 octobre à 18h40, au local B12 (premier étage, à côté de la bibliothèque).

Théo a fait un très bon début d'année. Nous parlerons surtout de ses choix pour l'année prochaine et de son projet de néerlandais. Si vous le souhaitez, Théo peut vous accompagner.

Bien à vous,
Hanne Verhaegen
titulaire 2A""",
    enc='qp', date='2024-10-22 19:12', rules=[], about=['theo'], lang='fr',
    note='class teacher confirms a parent-teacher appointment to a French-speaking mother')

# 038 S afbetalingsplan Jens
add('S', 'afbetalingsplan-jens', st('boek'), [par('jens')], 'Afbetalingsplan schoolrekeningen',
"""Beste mevrouw Van Damme

Bedankt voor het gesprek van vanmorgen. Zoals afgesproken bevestig ik hierbij het afbetalingsplan voor de openstaande schoolrekeningen van Jens.

Openstaand saldo schooljaar 2023-2024: € 241,80
Eerste rekening 2024-2025: € 144,60
Totaal: € 386,40

U betaalt 6 maandelijkse schijven van € 64,40, telkens voor de 10de van de maand, te beginnen in november, op rekening BE71 0961 2345 6769 van de school met mededeling +++090/1234/56784+++.

Zolang het plan gevolgd wordt, sturen we geen herinneringen meer. Jens merkt hier op school niets van.

Met vriendelijke groeten
Rita Van Dyck
boekhouding Sint-Pieterscollege Middenschool""",
    enc='qp', date='2024-10-23 11:36', rules=['sensitive', 'personal_data'], cats=['financial'], about=['jens'],
    note='bookkeeper confirms a payment plan for a family\'s unpaid school bills, with the school IBAN')

# 039 L handleiding met placeholder
add('L', 'handleiding-lvs-nieuwe-collegas', st('zorg'), [st('ned'), st('eng'), 'Lies Vandenbussche <lies.vandenbussche@sintpieterscollege.be>'], 'Aanmelden in het leerlingvolgsysteem',
"""Dag nieuwe collega's,

Vanaf volgende week kunnen jullie zelf notities toevoegen in het leerlingvolgsysteem (LVS). Zo doe je dat:

1. Ga naar Smartschool > Leerlingvolgsysteem.
2. Meld je aan met
   Gebruikersnaam: voornaam.naam
   Wachtwoord: [je gewone Smartschool-wachtwoord]
3. Kies de leerling en klik op 'Nieuwe notitie'. Zet de zichtbaarheid op 'klassenraad'.

Belangrijk: gevoelige dingen over leerlingen (thuissituatie, gezondheid, ...) schrijf je in het LVS en niet in een mail.

Groetjes
Sofie""",
    enc='qp', date='2024-10-24 13:20', rules=[], about=[],
    note='how-to for new staff with a placeholder in place of the password; no real value')

# 040 S klassenraad 1B tabel
KR1B = [
    ('sem', 'Dyslexie-attest binnen (logopedist). Sticordi toepassen: extra tijd, voorleessoftware, geen spellingsfouten aanrekenen bij wisk/WO.'),
    ('maya', 'Goede start. Mag meer durven in de klas.'),
    ('ines', 'Technisch lezen ver onder niveau. 2 u/week leerlabo. CLB-traject opstarten (Ann).'),
    ('mauro', 'Ouders uit elkaar sinds zomer, week-weekregeling, vaak moe en taken niet in orde in "papa-week". Gesprek Karim.'),
    ('hannah', 'Paniek bij toetsen (2x buiten gelopen). Time-out-kaart, toetsen eventueel apart maken.'),
    ('daan', 'Rekeningen vorig jaar nog open, gezin in budgetbegeleiding OCMW. Meerdaagse via solidariteitsfonds? -> Rita'),
]
def _kr1b_text():
    return '\n'.join(f"{ROSTER[k]['first']} {ROSTER[k]['last'][0]}.\t{t}" for k, t in KR1B)
add('S', 'klassenraad-1b-oktober', st('kt1b'), [st('wisk'), st('ned'), st('fr'), st('lo'), st('labo')], 'Verslag begeleidende klassenraad 1B',
    "Dag collega's,\n\nHieronder het verslag van de begeleidende klassenraad van 1B. Niet doorsturen aub, de officiële versie staat in het LVS.\n\n" + _kr1b_text() + "\n\nAfspraken: volgende KR op 10 december.\n\nPieter",
    html='<html><body style="font-family:Calibri;font-size:11pt"><p>Dag collega\'s,</p><p>Hieronder het verslag van de begeleidende klassenraad van 1B. Niet doorsturen aub, de offici&euml;le versie staat in het LVS.</p>'
    '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt"><tr style="background:#dce6f1"><th>Leerling</th><th>Bespreking / afspraken</th></tr>'
    + ''.join(f"<tr><td>{ROSTER[k]['first']} {ROSTER[k]['last'][0]}.</td><td>{t}</td></tr>" for k, t in KR1B)
    + '</table><p>Afspraken: volgende KR op 10 december.</p><p>Pieter</p></body></html>',
    enc='qp', date='2024-10-25 18:05', rules=['sensitive'], cats=['medical', 'care', 'family', 'psychosocial', 'financial'],
    about=[k for k, _ in KR1B], note='class-council notes table of 1B with dyslexia, remediation, separation, exam panic and unpaid bills of named pupils')

# 041 C doorgestuurde licentie uitgeverij
add('C', 'fwd-licentie-franse-methode', st('sec'), [st('fr')], 'FW: Uw schoollicentie Parcours Digital 2024-2025',
"""Dag Amélie, voor jou denk ik? Groetjes Martine

---------- Doorgestuurd bericht ----------
Van: Klantendienst Uitgeverij Boekfabriek <scholen@boekfabriek.be>
Datum: ma 4 nov 2024 om 09:12
Onderwerp: Uw schoollicentie Parcours Digital 2024-2025
Aan: <secretariaat@sintpieterscollege.be>

Geachte klant

Uw schoollicentie voor Parcours Digital (Frans, eerste graad) werd geactiveerd. Hiermee krijgen alle leerkrachten van uw school toegang tot het lerarenplatform.

Platform: https://leraar.boekfabriek.be
Gebruikersnaam: spc-kessello-fr
Wachtwoord: Bonjour2024!

Wij raden aan het wachtwoord na de eerste aanmelding te wijzigen.

Met vriendelijke groeten
Klantendienst Uitgeverij Boekfabriek
T 03 250 11 99""",
    enc='qp', date='2024-11-04 10:01', fmt=['forward'], rules=['password', 'personal_data'], about=[],
    note='secretariat forwards a publisher\'s mail with the shared school licence login and password; publisher phone number')

# 042 S doorgestuurde mail vader: vonnis
add('S', 'fwd-verblijfsregeling-milan', st('kt1a'), [st('sec'), st('adj')], 'FW: ophalen Milan',
"""Martine, Els,

Zie hieronder, kunnen jullie dit aanpassen in Smartschool en aan de poort doorgeven? Ik ben er niet gerust in.

Lien

---------- Doorgestuurd bericht ---------
Van: Dirk D'Hondt <dirk.dhondt@telenet.be>
Datum: di 5 nov 2024 om 06:51
Onderwerp: ophalen Milan
Aan: Lien Verbruggen <lien.verbruggen@sintpieterscollege.be>

Mevrouw Verbruggen,

Sinds de uitspraak van de familierechtbank van 28 oktober verblijft Milan in de week bij mij. Zijn moeder heeft enkel omgangsrecht in het weekend van vrijdag 18u tot zondag 18u. Zij mag hem dus NIET meer na school ophalen, ook niet op woensdagmiddag. Vorige week heeft ze dat toch geprobeerd en er was een scène aan de bushalte.

Ik kan een kopie van het vonnis bezorgen. Bij problemen mag u mij altijd bellen op 0495 33 12 80.

Dirk D'Hondt""",
    enc='qp', date='2024-11-05 08:14', fmt=['forward'], rules=['sensitive', 'personal_data'], cats=['family'],
    about=['milan_d'], note='class teacher forwards a father\'s mail about a custody ruling and pickup ban; father\'s mobile quoted')

# 043 N tekening Yasmine
add('N', 'tekening-yasmine-expo', st('kt2b'), [par('yasmine', 1)], 'Tekening Yasmine in de bib van Kessel-Lo',
"""Beste mevrouw Aouad

Leuk nieuws: de tekening die Yasmine maakte voor de wedstrijd 'Mijn wijk' werd geselecteerd voor de tentoonstelling in de bibliotheek van Kessel-Lo. Die loopt van 12 tot 30 november. De opening is op dinsdag 12 november om 17 u., u bent van harte welkom.

Yasmine weet het zelf nog niet, ik vertel het haar morgen in de klas.

Vriendelijke groeten
Dries Peeters
klastitularis 2B""",
    enc='qp', date='2024-11-06 15:11', rules=[], about=['yasmine'],
    note='class teacher tells a mother her daughter\'s drawing was chosen for an exhibition')

# 044 G privacyverklaring
add('G', 'privacy-ouders', 'Aanspreekpunt informatieveiligheid <privacy@lksd.ksleuven.be>', ['privacy@lksd.ksleuven.be'], 'Hoe gaan wij om met de gegevens van uw kind?',
"""Geachte ouders

Onze school verwerkt gegevens van leerlingen en ouders om onderwijs en begeleiding te kunnen geven. In deze brief leggen we kort uit welke gegevens dat zijn en wat uw rechten zijn. De volledige privacyverklaring staat op de website.

Welke gegevens?
- identificatiegegevens (naam, adres, geboortedatum, rijksregisternummer) van uw kind
- contactgegevens van de ouders
- studieresultaten, attesten en verslagen van de klassenraad
- gegevens over leer- of gezondheidsproblemen, wanneer u of het CLB die met ons deelt en ze nodig zijn voor de begeleiding
- financiële gegevens over de schoolrekening

Wie heeft toegang? Enkel personeelsleden die de gegevens nodig hebben voor hun taak. Gevoelige informatie wordt bewaard in het beveiligde leerlingvolgsysteem, niet in e-mails.

Uw rechten: u kan de gegevens van uw kind inkijken en laten verbeteren. Bij vragen of als u denkt dat er iets misliep met gegevens, kan u terecht bij ons aanspreekpunt: privacy@lksd.ksleuven.be.

Met vriendelijke groeten
Het aanspreekpunt informatieveiligheid
Leuvense Katholieke Scholen aan de Dijle""",
    bcc=['ouders@sintpieterscollege.be'], enc='qp', date='2024-11-07 10:00', rules=[], about=[],
    note='general privacy statement for all parents listing data categories; no individual data')

# 045 C zip-wachtwoord CLB
add('C', 'zip-wachtwoord-clb', st('zorg'), [CLB], 'wachtwoord',
"""Ann,

Het wachtwoord voor de zip met de verslagen die ik je daarnet via WeTransfer stuurde: Zorg#1D-2024

Sofie""",
    enc='7bit', date='2024-11-08 14:45', rules=['password'], about=[],
    note='care coordinator sends the CLB the password of an encrypted zip in a separate mail')

# 046 S OCMW Benali
add('S', 'ocmw-schoolrekening-benali', st('boek'), [OCMW], 'Tenlasteneming schoolkosten Benali Dounia',
"""Geachte heer Baert

Naar aanleiding van uw beslissing van 30 oktober bezorg ik u hierbij het overzicht van de schoolkosten van Dounia Benali (2G) voor het eerste trimester.

Leerling: Dounia Benali
Rijksregisternummer: 11.05.23-148.62
Klas: 2G

Rekening september-oktober: € 168,50 (boekenpakket, kopieën, zwemmen)
Maaltijden oktober: € 52,00
Totaal: € 220,50

Zoals afgesproken sturen we de rekeningen rechtstreeks naar het OCMW en niet meer naar mevrouw Benali. De openstaande rekening van vorig schooljaar (€ 96,20) staat nog open; kan u laten weten of die ook ten laste genomen wordt?

Met vriendelijke groeten
Rita Van Dyck
boekhouding""",
    enc='qp', date='2024-11-12 10:40', rules=['sensitive', 'personal_data'], cats=['financial'], about=['dounia'],
    note='bookkeeper sends the OCMW social worker the school costs of a pupil whose bills the OCMW pays, with national number')

# 047 M reply wrong thread: Amira -> Yasmine's mother
add('M', 're-tekening-amira-pesten', st('kt2b'), [par('yasmine', 1)], 'Re: Tekening Yasmine in de bib van Kessel-Lo',
"""Beste mevrouw Essaidi

Ik wou u nog laten weten hoe het gesprek met Amira vandaag verlopen is. Ze vertelde dat een paar meisjes uit de klas haar al sinds september uitlachen omwille van haar hoofddoek en haar kleren, en dat ze in de kleedkamer bij LO haar spullen in de vuilbak gooien. Ze was er heel stil onder.

Karim Bouzid plant deze week een gesprek met de betrokken meisjes. Amira mag voorlopig in een apart hokje omkleden. Kan u thuis laten weten als ze er iets over vertelt?

Met vriendelijke groeten
Dries Peeters
klastitularis 2B

Op wo 6 nov 2024 om 20:14 schreef Mouna Aouad <mouna.aouad@gmail.com>:
> Wat leuk! Bedankt meneer Peeters, we komen zeker naar de opening.
> Mouna
>
> Envoyé de mon iPhone""",
    enc='qp', date='2024-11-13 16:22', fmt=['reply'], rules=['sensitive'], cats=['psychosocial'], about=['amira'], mis=True,
    note='teacher answers in the wrong thread: bullying report about Amira Essaidi (2B) goes to the mother of Yasmine Aouad (2B)')

# 048 C PDF-wachtwoord = geboortedatum
add('C', 'wachtwoord-verslag-sem', st('kt1b'), [par('sem', 1)], 'Verslag klassenraad Sem',
"""Beste mevrouw Moens

Via Smartschool heeft u daarnet het verslag van de klassenraad van Sem ontvangen. Omdat het persoonlijke informatie bevat, is de pdf beveiligd.

Het wachtwoord is de geboortedatum van Sem in de vorm ddmmjjjj, dus 08032012.

Mevrouw Mertens van het leerlabo neemt volgende week nog contact met u op.

Vriendelijke groeten
Pieter Janssen
klastitularis 1B""",
    enc='qp', date='2024-11-14 17:03', rules=['password', 'personal_data'], about=['sem'],
    note='teacher mails the password of a protected report, which is the pupil\'s date of birth written out')

# 049 S dyslexie Sem (leerlabo)
add('S', 'sticordi-sem', st('labo'), [par('sem', 1)], 'Afspraken leerlabo – Sem',
"""Beste mevrouw Moens

Bedankt om het verslag van de logopediste te bezorgen. Daarin wordt bevestigd dat Sem dyslexie heeft, met vooral problemen bij spelling en leestempo.

Met de klassenraad spraken we deze maatregelen af, die vanaf maandag gelden:
- extra tijd bij toetsen (of minder vragen);
- toetsen in een groter lettertype (Arial 12) en met voorleessoftware (Sprint) op zijn iPad;
- spellingsfouten worden niet aangerekend, behalve bij Nederlands en Frans;
- een vast moment in het leerlabo op donderdag het 7de uur, om met de software te oefenen.

Na de kerstexamens evalueren we samen of dit volstaat. Heeft u vragen, dan kan u mij altijd bereiken via Smartschool.

Met vriendelijke groeten
Inge Mertens
zorgleerkracht / leerlabo""",
    html='auto', enc='qp', date='2024-11-15 12:18', rules=['sensitive'], cats=['medical', 'care'], about=['sem'],
    note='remedial teacher confirms a dyslexia diagnosis and the individual support measures to a mother')

# 050 N huiswerkklas Jesse
add('N', 'huiswerkklas-jesse-bevestiging', st('hwk'), [par('jesse')], 'Inschrijving huiswerkklas',
"""Beste mevrouw Timmermans

Hierbij bevestig ik de inschrijving van Jesse voor de huiswerkklas op dinsdag en donderdag, vanaf volgende week. De huiswerkklas loopt van 15.25 u. tot 17.15 u. in lokaal B104. Er is eerst een kwartier pauze met een vieruurtje.

Jesse brengt best zijn agenda en iPad mee. Moet hij een keer vroeger weg, laat dan een berichtje achter in zijn agenda.

Groeten
Jelle Smolders""",
    enc='qp', date='2024-11-18 12:50', rules=[], about=['jesse'],
    note='confirmation of homework class enrolment to a mother; no reason or care content')

# 051 S preventieve schorsing Dylan
add('S', 'preventieve-schorsing-dylan', st('dir'), [par('dylan', 1)], 'Preventieve schorsing Dylan – uitnodiging gesprek',
"""Geachte heer Vervoort

Zoals ik u vanmiddag telefonisch meldde, heb ik beslist om Dylan preventief te schorsen vanaf morgen, woensdag 20 november, in afwachting van een mogelijke tuchtprocedure.

Aanleiding: Dylan heeft vandaag op de speelplaats een medeleerling tegen de grond geduwd en meerdere keren geschopt. Het slachtoffer moest door de huisarts verzorgd worden. Het is het derde fysieke incident dit trimester, na de feiten van 3 oktober en 7 november, waarvoor telkens een volgkaart en een gesprek met de leerlingbegeleider volgden.

Tijdens de schorsing krijgt Dylan taken via Smartschool. Ik nodig u en Dylan uit voor een gesprek op vrijdag 22 november om 9 u. op mijn bureau. U kan zich laten bijstaan door een vertrouwenspersoon. U heeft het recht om het tuchtdossier vooraf in te kijken.

Met vriendelijke groeten

Bart Wouters
directeur Sint-Pieterscollege Middenschool
016 35 21 40""",
    html='auto', enc='qp', date='2024-11-19 17:55', rules=['sensitive', 'personal_data'], cats=['psychosocial'], about=['dylan'],
    note='director informs a father his son is suspended for repeated violence; school phone in signature')

# 052 C schermtijdcode beide ouders in To
add('C', 'nieuwe-schermtijdcode-finn', st('ict'), [par('finn', 1), par('finn', 2)], 'Nieuwe schermtijdcode iPad Finn',
"""Beste mevrouw Stevens, beste meneer Daems

Finn had de oude schermtijdcode blijkbaar ontdekt (hij heeft ze gisteren in de klas aan een vriend verteld...). Ik heb op zijn iPad een nieuwe code ingesteld: 5190

Zo hebben jullie allebei dezelfde code, zoals gevraagd. De beperking van 21 u. tot 7 u. blijft behouden.

Met vriendelijke groeten
Tom Goossens
ICT-coördinator""",
    enc='qp', date='2024-11-20 10:10', rules=['password', 'bcc'], about=['finn'],
    note='ICT sends a new screen-time code to both separated parents, both visible in To')

# 053 L Zoom oudercontact met toegangscode
add('L', 'zoom-oudercontact-maya', st('kt1b'), [par('maya', 1)], 'Online oudercontact Maya',
"""Beste meneer Bogaerts

Omdat u voor uw werk in het buitenland zit, doen we het oudercontact over Maya online. U kan deelnemen op donderdag 21 november om 19.20 u. via deze link:

https://zoom.us/j/84123905517
Vergadering-ID: 841 2390 5517
Toegangscode: 551902

Mevrouw Bogaerts komt naar school, zij zit dus bij mij in het lokaal.

Tot donderdag!
Pieter Janssen
klastitularis 1B""",
    enc='qp', date='2024-11-20 16:45', rules=[], about=['maya'],
    note='meeting passcode of a Zoom parent-teacher meeting; not an account credential')

# 054 S diabetes Noah sportdag
add('S', 'sportdag-noah-diabetes', st('lo'), [st('lo2'), st('kt2f'), st('kt2b')], 'sportdag: Noah 2B',
"""Hoi allemaal,

Voor de sportdag van vrijdag: Noah Pieters (2B) heeft type 1 diabetes. Hij heeft een sensor op zijn arm en een insulinepomp, zijn gsm toont de waarde.

Let op bij:
- hypo: bleek, zweten, trillen, raar doen -> 2 dextro + flesje fruitsap (zitten in zijn heuptasje), 15 min. rust, opnieuw meten
- voor de mountainbike zeker eerst laten meten
- bij twijfel: mij bellen of de secretaris, mama is op de hoogte

Saskia, hij zit in jouw groep voor de voormiddag.

Gert""",
    enc='7bit', date='2024-11-22 08:10', rules=['sensitive'], cats=['medical'], about=['noah'],
    note='PE teacher tells colleagues a named pupil has type 1 diabetes with hypo instructions for sports day')

# 055 G iPad FAQ
add('G', 'faq-ipad-thuis', st('icts'), [st('icts')], 'FAQ: de schoolipad thuis',
    None, html="""<html><head><meta charset="utf-8"></head><body style="font-family:Verdana;font-size:10pt">
<p>Beste ouders</p><p>Na drie maanden krijgen we veel dezelfde vragen over de iPad. Hieronder de antwoorden.</p>
<p><b>1. Kan ik de iPad thuis beperken?</b><br>Ja. Via Instellingen &gt; Schermtijd kan u bv. de iPad na 21 u. blokkeren. Kies een schermtijdcode die uw kind niet kent en die niet gelijk is aan de ontgrendelcode van het toestel.</p>
<p><b>2. Mijn kind is zijn code vergeten. Wat nu?</b><br>Kom met de iPad naar het ICT-lokaal (A004). Wij versturen nooit codes of wachtwoorden via e-mail.</p>
<p><b>3. Wij zijn gescheiden. Krijgen wij allebei de code?</b><br>De school kiest geen code voor u. Spreek samen af wie de code instelt en hoe u die aan elkaar doorgeeft.</p>
<p><b>4. De iPad is stuk. Wie betaalt?</b><br>De verzekering dekt &eacute;&eacute;n schadegeval per schooljaar, met een eigen bijdrage van 50 euro.</p>
<p><b>5. Mag mijn kind eigen apps installeren?</b><br>Nee, apps worden centraal door de school ge&iuml;nstalleerd. Heeft uw kind een app nodig voor een vak, dan vraagt de leerkracht die aan.</p>
<p>Met vriendelijke groeten<br>ICT-team</p></body></html>""",
    bcc=['ouders@sintpieterscollege.be'], enc='qp', date='2024-11-25 12:00', rules=[], about=[],
    note='general iPad FAQ to all parents: advice on choosing a screen-time code, no code given, no individual pupil')

# 056 S IAC Stan
add('S', 'iac-stan-1h', st('zorg'), [st('kt1h'), st('wisk'), st('ned'), st('fr')], 'Stan (1H): individueel aangepast curriculum',
"""Dag collega's van 1H,

Na het MDO van gisteren met mama, papa, het CLB en de ondersteuner van het ondersteuningsnetwerk is beslist dat Stan vanaf januari een individueel aangepast curriculum volgt. Hij heeft een verslag type 9 (autismespectrumstoornis) en kan het gemeenschappelijk curriculum niet meer volgen.

Wat betekent dat voor jullie:
- Frans: Stan volgt geen Frans meer, hij gaat dan naar het leerlabo bij Inge;
- wiskunde en Nederlands: eigen doelen, die bezorg ik jullie volgende week;
- hij krijgt geen oriënteringsattest maar een attest van verworven bekwaamheden.

Op dinsdag komt Lisa van het ondersteuningsnetwerk in de klas meekijken.

Vragen? Kom gerust langs.
Sofie""",
    enc='qp', date='2024-11-26 16:02', rules=['sensitive'], cats=['care', 'medical'], about=['stan'],
    note='care coordinator informs the teachers that a named pupil with an ASD report gets an individual adapted curriculum')

# 057 C allergiesoftware keuken
add('C', 'login-menucheck-keuken', st('ict'), [st('kok')], 'login MenuCheck',
"""Dag Ria,

De software voor de allergenen (MenuCheck) staat nu op de pc in de keuken. Je kan aanmelden met:

gebruiker: keuken.spc
paswoord: Soep&Brood25

Hakan gebruikt hetzelfde account. De lijst van Sofie heb ik er al ingezet – ook de glutenvrije menu’s.

Groetjes
Tom""",
    enc='8bit', cs='windows-1252', date='2024-11-27 10:33', rules=['password'], about=[],
    note='ICT gives the kitchen the shared login and password of the allergen software')

# 058 N leerlingenraad Nisrine
add('N', 'leerlingenraad-nisrine', st('kt2f'), [par('nisrine')], 'Nisrine verkozen in de leerlingenraad',
"""Beste mevrouw Bouazza

Ik wou u even laten weten dat Nisrine gisteren door haar klasgenoten verkozen werd als klasvertegenwoordiger in de leerlingenraad. Ze had een prachtige korte speech voorbereid!

De leerlingenraad vergadert één keer per maand tijdens de middagpauze. De eerste vergadering is op 5 december.

Proficiat aan Nisrine.

Vriendelijke groeten
Bram Verstraeten""",
    enc='qp', date='2024-11-28 12:15', rules=[], about=['nisrine'],
    note='class teacher tells a mother her daughter was elected class representative')

# 059 S Selin bij oma
add('S', 'selin-ophalen', st('zorg'), [st('kt1f')], 'Selin - dringend',
"""Joris,

Selin slaapt sinds zaterdag bij haar oma in Heverlee omdat het thuis niet veilig is. Er is in het weekend politie langs geweest na een zware ruzie waarbij papa mama heeft aangevallen. Mama en Selin verblijven nu bij oma.

Concreet:
- Selin mag ENKEL opgehaald worden door mama of oma (mevr. Yıldız-Koçak). Papa niet. Ik heb het ook aan Martine gezegd voor het secretariaat.
- Ze komt met de bus van lijn 4, niet meer met de fiets.
- Ze is heel moe en stil. Geen toetsen deze week als het niet lukt.

Ann van het CLB is verwittigd. Als papa aan de school opduikt: meteen directie bellen.

Sofie""",
    enc='qp', date='2024-12-02 08:02', rules=['sensitive'], cats=['family', 'care'], about=['selin'],
    note='care coordinator tells the class teacher a pupil stays with her grandmother after domestic violence; father may not pick her up')

# 060 M fr Lina Mukendi -> vader Lina Mbuyi
add('M', 'fr-absence-lina', st('kt1c'), [par('lina_mb')], 'Absence de Lina – justificatif',
"""Madame Mukendi,

Lina était absente lundi et mardi (25 et 26 novembre). Nous n'avons pas encore reçu de justificatif.

Pourriez-vous nous remettre un certificat médical ou, pour une absence de moins de trois jours, un mot signé par vous ? Vous pouvez le donner à Lina ou le déposer au secrétariat.

Merci d'avance.

Cordialement,
Nathalie Hermans
titulaire 1C""",
    enc='qp', date='2024-12-03 13:17', rules=[], about=['lina_mk'], mis=True, lang='fr',
    note='absence note request about Lina Mukendi (1C) sent to the father of Lina Mbuyi (1F): picked the wrong "Lina" from the address book')

# 061 C activatieslot-bypass Wout
add('C', 'ipad-wout-ontgrendelen', st('ict'), [st('kt2f')], 'iPad Wout Segers',
"""Bram,

De iPad van Wout stond op activatieslot na de reset die hij zelf gedaan heeft. Ik heb een bypass-code uit het MDM gehaald. Laat hem bij het opstarten bij 'Activatieslot' op 'Ontgrendel met toegangscode' tikken en dan deze code invullen:

4HKX-M9QP-72LT-RW8D

Daarna opnieuw inloggen met zijn eigen Apple ID. Lukt het niet, stuur hem naar mij.

Tom""",
    enc='qp', date='2024-12-04 09:41', rules=['password'], about=['wout'],
    note='ICT gives a teacher the MDM activation-lock bypass code for a pupil\'s iPad')

# 062 G busregeling
add('G', 'bus-nieuwe-uurregeling', st('secg'), [st('secg')], 'Schoolbus: nieuwe uurregeling vanaf januari',
"""Beste ouders

Vanaf maandag 6 januari verandert de route van lijn 3 omwille van wegenwerken in de Kapelstraat in Holsbeek – de bus rijdt dan langs de Gellenberg. Enkele haltes komen daardoor vroeger aan:

Holsbeek Dorp      7.21 u. (was 7.28 u.)
Nieuwrode Kerk     7.29 u. (was 7.35 u.)
Kessel-Lo station  7.48 u. (ongewijzigd)

De terugrit vertrekt zoals altijd om 15.35 u. (woensdag 12.15 u.).

Gebruikt uw kind een andere lijn, dan verandert er niets. Vragen over het busabonnement kunnen via het secretariaat.

Vriendelijke groeten
Het secretariaat""",
    bcc=['ouders-bus@sintpieterscollege.be'], enc='8bit', cs='windows-1252', date='2024-12-05 11:00', rules=[], about=[],
    note='general bus timetable change for all bus users (bcc)')

# 063 S pleeggezin Kiara
add('S', 'kiara-pleeggezin', st('sec'), [st('kt2b'), st('lo'), st('hwk')], 'Kiara Mampuya 2B – wie mag ophalen',
"""Beste collega's

Vanaf deze week gelden er nieuwe afspraken voor Kiara Mampuya (2B). Ze verblijft sinds maandag in een pleeggezin in Kessel-Lo. Haar adres en de contactgegevens zijn aangepast in Smartschool.

Alleen deze personen mogen Kiara ophalen of informatie krijgen:
- mevrouw Katleen Janssens (pleegmoeder)
- mevrouw Sara Dockx, consulent van Pleegzorg Vlaams-Brabant

Haar biologische mama mag haar niet ophalen en krijgt geen informatie via de school. Belt zij, verwijs dan naar de directie.

Dank voor jullie discretie.
Martine""",
    enc='qp', date='2024-12-06 10:27', rules=['sensitive'], cats=['family'], about=['kiara'],
    note='secretariat informs colleagues a named pupil was placed in a foster family and who may pick her up')

# 064 L wachtwoordbeleid aan personeel@ in To
add('L', 'nieuw-wachtwoordbeleid-personeel', st('ict'), ['personeel@sintpieterscollege.be'], 'Nieuw wachtwoordbeleid vanaf 1 januari',
"""Beste collega's

Vanaf 1 januari gelden strengere regels voor alle schoolaccounts (Smartschool, Microsoft 365, LVS):

1. Minstens 12 tekens. Een zin werkt goed, bv. iets in de aard van "Mijn kat eet graag soep om 8u!" (gebruik NIET dit voorbeeld).
2. Niet hetzelfde wachtwoord als voor je privémail of sociale media.
3. Tweestapsverificatie wordt verplicht via de Authenticator-app.
4. Schrijf je wachtwoord niet op een post-it onder je toetsenbord ;-)

Je krijgt in de week van 16 december een melding om je wachtwoord te wijzigen. Hulp nodig? Kom langs in A004.

Tom""",
    enc='qp', date='2024-12-09 07:45', rules=['bcc'], about=[],
    note='password policy to all staff with the staff group address visible in To; no real password')

# 065 N iPad-scherm Mees, beide ouders in To
add('N', 'ipad-scherm-mees', st('ict'), [par('mees', 1), par('mees', 2)], 'Herstelling iPad Mees',
"""Beste ouders

Het scherm van de iPad van Mees is gebarsten (gevallen in de gang, volgens Mees). Het toestel gaat deze week naar de hersteldienst, dat duurt ongeveer 5 werkdagen. Mees krijgt ondertussen een leen-iPad mee.

De verzekering dekt de herstelling. De eigen bijdrage van 50 euro komt op de volgende schoolrekening.

Met vriendelijke groeten
Tom Goossens
ICT""",
    enc='qp', date='2024-12-10 14:30', rules=['bcc'], about=['mees'],
    note='ICT informs both parents of an iPad repair; two parent addresses visible in To')

# 066 C gedeelde mailbox huiswerkklas
add('C', 'mailbox-huiswerkklas', st('hwk'), [st('lo2')], 'mailbox huiswerkklas',
"""Hey Saskia,

Top dat je de donderdagen van de huiswerkklas overneemt! Ouders mailen afwezigheden naar huiswerkklas@sintpieterscollege.be. Je kan die mailbox openen in Outlook via 'Een andere mailbox openen', of rechtstreeks aanmelden:

huiswerkklas@sintpieterscollege.be
wachtwoord: Huiswerk!Kessel9

Zeg het maar als het niet lukt.
Jelle""",
    enc='qp', date='2024-12-11 12:40', rules=['password'], about=[],
    note='teacher gives a colleague the password of the shared homework-class mailbox')

# 067 S reply: vader opgenomen
add('S', 're-lise-deze-week', st('kt2a'), [par('lise', 1)], 'Re: Lise deze week',
"""Beste mevrouw Huybrechts

Bedankt dat u me dit laat weten, dat helpt ons echt. Ik zal de collega's vragen om Lise deze week wat ruimte te geven en ik verplaats haar toets geschiedenis naar na de kerstvakantie. Als ze wil praten, kan ze bij mij of bij meneer Bouzid terecht.

Veel sterkte voor u allemaal.

Hanne Verhaegen

Op 11 dec. 2024, om 22:47, An Huybrechts <an.huybrechts@telenet.be> schreef:
> Beste mevrouw Verhaegen, sorry dat ik zo laat mail. Mijn man is sinds gisteren opgenomen op de PAAZ van Heilig Hart na een zware depressie. Lise was erbij toen de ambulance kwam en is er erg van aangedaan. Ze zal deze week misschien moe of afwezig zijn in de klas. Wilt u er rekening mee houden? Groetjes An
>
> Verstuurd vanaf mijn iPhone""",
    enc='qp', date='2024-12-12 07:32', fmt=['reply'], rules=['sensitive'], cats=['family'], about=['lise'],
    note='teacher replies to a mother whose quoted phone mail says the father was admitted to psychiatry in front of the pupil')

# 068 C hangslot + kluisje
add('C', 'materiaalkot-codes', st('lo'), [st('lo2')], 'codes turnzaal',
"""Saskia,

Morgen heb jij de eerste uren alleen. Het hangslot van het materiaalkot staat op 2741. De sleutel van de sporthal zit in het kluisje aan de kleedkamers, code 5506.

Vergeet de ballen niet terug te leggen, de 2de-jaars van 14u hebben ze nodig.

Gert""",
    enc='7bit', date='2024-12-13 18:22', rules=['password'], about=[],
    note='PE teacher gives a colleague the padlock and key-safe codes of the gym')

# 069 S eetprobleem Febe
add('S', 'febe-zorgen', st('lo2'), [st('zorg')], 'zorgen om Febe 2G',
"""Hoi Sofie,

Ik wil iets melden over Febe Lemaire uit 2G. Ze is vandaag tijdens de les flauwgevallen, niets ernstigs gelukkig. Maar: ze is zichtbaar veel vermagerd sinds september (ze zei zelf "maar 5 kilo"), ze draagt altijd dikke truien en collega's zien haar 's middags niets eten, ze gooit haar boterhammen weg. Ze vroeg me ook al twee keer hoeveel calorieën je verbrandt met lopen.

Ik vermoed een eetstoornis. Kan jij dit opnemen met mama of het CLB? Ik heb haar nog niets gezegd.

Saskia""",
    enc='qp', date='2024-12-16 15:55', rules=['sensitive'], cats=['medical', 'psychosocial'], about=['febe'],
    note='PE teacher signals a suspected eating disorder of a named pupil to the care coordinator')

# 070 G huiswerkklas info
add('G', 'huiswerkklas-info', st('hwk'), [st('hwk')], 'Huiswerkklas na de kerstvakantie',
"""Beste ouders

Na de kerstvakantie start een nieuwe reeks van de huiswerkklas. In de huiswerkklas maakt uw kind onder begeleiding van een leerkracht zijn taken en leert het voor toetsen, in een rustige klas.

Praktisch
- maandag, dinsdag en donderdag van 15.25 u. tot 17.15 u.
- gratis, enkel het vieruurtje (bv. een koek of fruit) brengt uw kind zelf mee
- inschrijven via het formulier op Smartschool voor 20 december

Voor wie?
Elke leerling van de eerste graad kan inschrijven, bv. omdat het thuis moeilijk rustig werken is, omdat u pas laat thuiskomt of gewoon omdat uw kind graag samen met anderen studeert. De klastitularis kan de huiswerkklas ook aanraden.

Met vriendelijke groeten
Jelle Smolders
coördinator huiswerkklas""",
    bcc=['ouders@sintpieterscollege.be'], enc='qp', date='2024-12-17 09:00', rules=[], about=[],
    note='general homework class information for all parents, with examples (bv.); no individual pupil')

# 071 S solidariteitsfonds Bilal
add('S', 'bilal-ardennen-solidariteitsfonds', st('boek'), [st('kt2b')], 'Bilal - Ardennen',
"""Hoi Dries,

Even discreet: de meerdaagse naar de Ardennen van Bilal Saidi wordt volledig betaald uit het solidariteitsfonds. Mama heeft het deze keer echt niet: de rekeningen van september en oktober staan ook nog open en ze werkt sinds kort niet meer.

Bilal weet het niet, graag ook niets zeggen in de klas of bij het inzamelen van de strookjes. Hij geeft gewoon het strookje af zoals de anderen.

Groetjes
Rita""",
    enc='8bit', date='2024-12-18 13:12', rules=['sensitive'], cats=['financial'], about=['bilal'],
    note='bookkeeper tells the class teacher a pupil\'s school trip is paid by the solidarity fund and the family has open bills')

# 072 N leerlingenkaart Luka
add('N', 'leerlingenkaart-luka', st('sec'), [par('luka')], 'Nieuwe leerlingenkaart Luka',
"""Dag mevrouw Horvat

De nieuwe leerlingenkaart van Luka is klaar. Hij kan ze afhalen op het secretariaat. De oude kaart is geblokkeerd, dus als hij ze terugvindt, mag die weg.

De kost van 5 euro wordt op de volgende schoolrekening gezet.

Vriendelijke groeten
Martine Claessens
secretariaat""",
    enc='qp', date='2024-12-19 10:05', rules=[], about=['luka'],
    note='secretariat tells a mother the replacement pupil card is ready')

# 073 C en co-account Ethan
add('C', 'en-coaccount-ethan', st('secg'), [par('ethan', 1)], 'Smartschool co-account for Ethan',
"""Dear Mr Walsh,

As requested, here are your own login details for Smartschool so you can follow Ethan's school life (messages, results, agenda):

Website: https://spc-kessello.smartschool.be
Username: ethan.walsh
Co-account 2 password: Walsh-co1-88hq

You will be asked to choose your own password the first time you log in. There is also an app (Smartschool) for iOS and Android.

Kind regards,
Martine Claessens
Secretariat""",
    enc='7bit', date='2025-01-07 11:02', rules=['password'], about=['ethan'], lang='en',
    note='secretariat mails an English-speaking father his Smartschool co-account password')

# 074 S fr onbetaalde rekeningen Nsimba
add('S', 'fr-plan-paiement-gabriel', st('boek'), [par('gabriel', 1)], 'Factures scolaires de Gabriel',
"""Monsieur Nsimba,

Malgré nos rappels d'octobre et de novembre, les factures scolaires de Gabriel n'ont pas encore été payées. Le montant ouvert s'élève à 512,30 €.

Nous comprenons que la situation peut être difficile. Nous vous proposons un plan de paiement de 8 mensualités de 64,04 € à verser sur le compte de l'école BE71 0961 2345 6769, avec la communication +++090/1234/56784+++.

Si vous avez droit à une allocation scolaire ou si le CPAS peut intervenir, nous pouvons vous aider à faire la demande. N'hésitez pas à me contacter.

Cordialement,
Rita Van Dyck
comptabilité""",
    enc='qp', date='2025-01-08 14:22', rules=['sensitive', 'personal_data'], cats=['financial'], about=['gabriel'], lang='fr',
    note='French mail to a father about unpaid school bills with a payment plan and the school IBAN')

# 075 L fr mot de passe oublié
add('L', 'fr-mot-de-passe-oublie', st('sec'), [par('clemence', 1)], 'Re: pas accès à Smartschool',
"""Madame Dubois,

Pas de souci. Si vous avez oublié votre mot de passe du co-compte :
1. Allez sur https://spc-kessello.smartschool.be
2. Cliquez sur « Wachtwoord vergeten? » sous le bouton de connexion.
3. Entrez le nom d'utilisateur de Clémence et choisissez « co-compte 1 ».
4. Vous recevrez un lien à votre adresse e-mail pour choisir un nouveau mot de passe.

Pour des raisons de sécurité, nous ne communiquons jamais de mot de passe par e-mail.

Bien à vous,
Martine Claessens
secrétariat""",
    enc='qp', date='2025-01-09 09:40', fmt=['reply'], rules=[], about=['clemence'], lang='fr',
    note='French how-to for a forgotten co-account password; no value given')

# 076 S suïcidale uitspraken Wannes
add('S', 'wannes-veiligheidsplan', st('lb'), [st('dir'), st('zorg')], 'Wannes 2H - vertrouwelijk',
"""Bart, Sofie,

Vanochtend gaf Stijn mij een briefje dat Wannes Boeckx in zijn schrift had geschreven: dat hij "er liever niet meer zou zijn" en dat niemand het zou merken. Ik heb meteen met hem gepraat. Hij gaf toe dat hij er de laatste weken vaak aan denkt, maar zegt geen concreet plan te hebben.

Wat ik gedaan heb:
- beide ouders gebeld, papa is hem komen halen;
- CLB (Ann) verwittigd, zij contacteert vandaag nog de crisisdienst;
- afgesproken dat hij morgen met mama naar de huisarts gaat.

Bij terugkomst maken we samen met hem een veiligheidsplan. Ik stel voor dat we maandag even samenzitten.

Karim""",
    enc='qp', date='2025-01-10 12:48', rules=['sensitive'], cats=['psychosocial', 'care'], about=['wannes'],
    note='pupil counsellor reports a pupil\'s suicidal statements and the crisis steps taken to director and care coordinator')

# 077 G MDO-planning personeel
add('G', 'mdo-planning-personeel', st('zorg'), [st('zorg')], 'Zorgwerking tweede trimester: hoe signaleren?',
"""Beste collega's

Een korte opfrissing voor het tweede trimester.

1. Zorgen over een leerling? Noteer ze in het LVS (zichtbaarheid 'zorgteam') en laat de klastitularis iets weten. Stuur geen namen of details via mail of WhatsApp.
2. Het zorgteam (zorgcoördinator, leerlingbegeleider, CLB) bespreekt elke donderdag om 13.30 u. de nieuwe signalen.
3. MDO's met ouders worden gepland via de zorgcoördinator. De klastitularis is steeds uitgenodigd.
4. Dringend (bv. een leerling die zegt dat hij zich iets wil aandoen, of sporen van geweld)? Laat de leerling niet alleen en bel meteen Karim of mij.

Alvast bedankt voor jullie zorg!
Sofie""",
    bcc=['personeel@sintpieterscollege.be'], enc='qp', date='2025-01-13 07:30', rules=[], about=[],
    note='general staff guidance on how to signal concerns (bcc); no pupil named')

# 078 C Instagram vanaf gmail
add('C', 'instagram-account-gmail', 'Charlotte Degroote <charlotte.degroote88@gmail.com>', [st('kt2f')], 'insta school',
"""Hey Bram,

Ik stuur het even van thuis want ik zit niet op mijn schoolmail. Voor de foto's van de schaatsuitstap kan je zelf posten op het schoolaccount:

account: spc_middenschool
paswoord: Insta-SPC!2025

Enkel foto's waar de leerlingen toestemming voor gaven he (staat in de lijst op Smartschool).

Charlotte""",
    enc='qp', date='2025-01-14 20:31', rules=['password', 'private_account'], about=[],
    note='teacher sends a colleague the school Instagram password from her private Gmail account')

# 079 S blindedarm Zoë
add('S', 'zoe-ziekenhuis', st('kt1a'), [st('wisk'), st('ned'), st('fr'), st('lo')], 'Zoë 1A afwezig',
"""Dag collega's,

Zoë Vanhoutte ligt sinds zondag in UZ Gasthuisberg. Ze werd met spoed geopereerd aan een blindedarmontsteking, maar er waren complicaties (buikvliesontsteking) en ze moet nog zeker een week blijven. Daarna nog twee weken thuis herstellen.

Kunnen jullie de leerstof en taken via Smartschool zetten? Mama vraagt om geen toetsen in te plannen voor de krokus.

Lien""",
    enc='qp', date='2025-01-15 12:35', rules=['sensitive'], cats=['medical'], about=['zoe'],
    note='class teacher tells colleagues a named pupil is in hospital after an emergency operation')

# 080 M Emma Verhoeven -> moeder Emma Verbeeck
add('M', 'emma-wiskunde-huiswerkklas', st('wisk'), [par('emma_vb', 1)], 'Emma en wiskunde',
"""Beste mevrouw Verhoeven

Emma had op het kerstexamen wiskunde 41%. Ze heeft vooral moeite met de bewerkingen met breuken. Ik stel voor dat ze in januari en februari op maandag naar de huiswerkklas komt, waar ik dan extra oefeningen voorzie.

Laat u me weten of dat past? Dan schrijf ik haar in.

Met vriendelijke groeten
Jef Van Gorp
wiskunde 1A""",
    enc='qp', date='2025-01-16 16:05', rules=[], about=['emma_vh'], mis=True,
    note='mail about Emma Verhoeven (1A) sent to Karolien Maes, mother of Emma Verbeeck (1A): autocomplete on "Karolien"')

# 081 S aanmelding CLB Ilias met geboortedatum
add('S', 'aanmelding-clb-ilias', st('zorg'), [CLB], 'aanmelding Ilias Bakkali (2F)',
"""Dag Ann,

Zoals besproken op de leerlingenbespreking meld ik Ilias formeel aan voor een onderzoek naar rekenstoornis.

Naam: Ilias Bakkali
Geboren: 14/06/2011
Klas: 2F (A-stroom)

Wat we al deden:
- sinds september 2 u/week remediëring rekenen in het leerlabo (Inge Mertens);
- rekenmachine en formulekaart bij toetsen;
- ondanks dat blijven de resultaten wiskunde rond 30%, hoofdrekenen en getalbegrip zijn zeer zwak (niveau 4de leerjaar volgens de toets van Inge);
- mama vertelt dat er in de lagere school al vermoedens waren maar nooit getest.

Ouders gaan akkoord, het getekende formulier stuur ik via de beveiligde map.

Groetjes
Sofie""",
    enc='qp', date='2025-01-17 11:11', rules=['sensitive', 'personal_data'], cats=['care'], about=['ilias'],
    note='care coordinator refers a named pupil to the CLB for a dyscalculia assessment, with date of birth')

# 082 C codes nieuwe collega onderhoud
add('C', 'codes-nieuwe-onderhoudscoordinator', st('adj'), ['Nadia Bouchta <nadia.bouchta@sintpieterscollege.be>'], 'Welkom - sleutels en codes',
"""Dag Nadia,

Welkom in ons team! Zoals beloofd een overzicht van de toegangen die je nodig hebt voor de vroege dienst:

Hoofdingang: badge (ligt bij Luc)
Zijpoort Oude Baan: 1907#
Alarm hoofdgebouw: 73915
Fietsenstalling personeel: 4040
Poetskot kelder: sleutel nr. 14

Het alarm moet uit voor 6.30 u., anders belt de bewakingsfirma. Bij problemen kan je Luc bellen.

Met vriendelijke groeten
Els Vanhoof
adjunct-directeur
tel. 016 35 21 42""",
    enc='qp', date='2025-01-20 14:40', rules=['password', 'personal_data'], about=[],
    note='deputy director sends a new staff member the gate, alarm and bike-shed codes; phone in signature')

# 083 N vroeger weg Zeynep (reply op gsm)
add('N', 're-zeynep-vrijdag-vroeger', st('kt1e'), [par('zeynep', 1)], 'Re: zeynep vrijdag',
"""Beste mevrouw Arslan

Dat is in orde. Zeynep mag vrijdag om 11.50 u. vertrekken. Ze moet zich wel even afmelden op het secretariaat. De toets Engels van het 6de uur mag ze maandag inhalen.

Veel plezier op het trouwfeest!

Katrien Dewulf

Op do 23 jan 2025 om 19:06 schreef Fatma Arslan <fatma.arslan@hotmail.com>:
> Goedenavond juf, mag Zeynep vrijdag middag weg? Haar nicht trouwt in Gent en we moeten om 13u vertrekken. Bedankt
>
> Verzonden vanaf mijn iPhone""",
    enc='qp', date='2025-01-23 20:15', fmt=['reply'], rules=[], about=['zeynep'],
    note='teacher allows a pupil to leave early for a family wedding, quoting the mother\'s phone mail')

# 084 S ASS Mathis
add('S', 'mathis-tips-klas', st('kt2d'), [st('wisk'), st('ned'), st('fr'), st('lo'), st('eng')], 'Mathis (2D) - tips',
"""Dag collega's,

Mathis Dierckx heeft in de kerstvakantie van de kinderpsychiater de diagnose autisme gekregen. De ouders vinden het goed dat we het in het team weten, niet in de klas.

Wat helpt volgens het verslag en het CLB:
- veranderingen (lokaal, vervanging, toets) vooraf aankondigen;
- vaste plaats vooraan bij het raam;
- hij mag een koptelefoon opzetten bij groepswerk;
- time-out-kaart: hij mag 5 min. naar de gang;
- opdrachten kort en stap voor stap.

Bij vragen: Sofie of ik.

Kristof""",
    enc='qp', date='2025-01-22 15:20', rules=['sensitive'], cats=['medical', 'care'], about=['mathis'],
    note='class teacher shares a fresh autism diagnosis of a named pupil with the teaching team, with measures')

# 085 G fr contact parents
add('G', 'fr-contact-parents-fevrier', st('dirg'), [st('dirg')], 'Invitation : contact parents du 13 février',
"""Chers parents,

Le jeudi 13 février, nous organisons un contact parents pour toutes les classes du premier degré. Les bulletins du premier trimestre et les résultats des examens de Noël y seront discutés.

Comment réserver ?
Vous pouvez choisir un moment via Smartschool (menu « Oudercontact ») jusqu'au 9 février. Chaque entretien dure 10 minutes. Si vous souhaitez rencontrer plusieurs enseignants, prévoyez un peu de temps entre les rendez-vous.

Vous avez besoin d'un interprète ?
Plusieurs enseignants parlent français. Indiquez-le lors de la réservation et nous essayerons d'en tenir compte.

Si vous êtes séparés, chaque parent peut réserver son propre rendez-vous.

Au plaisir de vous rencontrer,
La direction""",
    bcc=['ouders-fr@sintpieterscollege.be'], enc='qp', date='2025-01-24 12:00', rules=[], about=[], lang='fr',
    note='general French invitation for the parent-teacher evening sent via bcc to the French-speaking parents group')

# 086 C fr code portail chauffeur remplaçant
add('C', 'fr-code-portail-remplacant', st('sec'), ['Jean-Marc Piret <jm.piret@lenaerts-reizen.be>'], 'Accès école lundi',
"""Bonjour Monsieur Piret,

Lenaerts nous a prévenus que vous remplacez Luc lundi sur la ligne 2. Pour entrer avec le bus par l'arrière de l'école (Oude Baan) :

- code du portail : 1907#
- refermer le portail après le passage, s.v.p.

Les élèves attendent sous l'auvent à côté de la salle de sport. Départ à 15h35.

Merci et bonne route !
Martine Claessens
secrétariat""",
    enc='qp', date='2025-01-24 15:10', rules=['password'], about=[], lang='fr',
    note='secretariat gives a replacement bus driver the gate code in French')

# 087 S en zelfverwonding Jana
add('S', 'en-jana-worried', st('eng'), [st('lb')], 'Jana V. (2E) - worried',
"""Hi Karim,

Sorry for writing in English, it is faster for me. During break today Jana Vercammen from 2E showed me some cuts on her wrist. She said they were "just scratches from the cat", but they looked very regular and recent. Later she asked me not to tell anyone and especially not her mum.

I didn't promise her anything, I told her I would talk to you. She has been very quiet in my lessons since January and doesn't hand in her work anymore.

Could you see her this week? I'm free on Thursday 4th period if you want to talk.

Thanks,
Rachel""",
    enc='7bit', date='2025-01-27 16:40', rules=['sensitive'], cats=['psychosocial'], about=['jana'], lang='en',
    note='English teacher reports signs of self-harm of a named pupil to the pupil counsellor, in English')

# 088 N jas Arthur (HTML only)
add('N', 'jas-arthur-gevonden', st('kt1h'), [par('arthur')], 'Jas van Arthur',
    None, html="""<html><body><div style="font-family:Calibri;font-size:11pt"><p>Beste mevrouw De Backer,</p>
<p>In de sporthal lag een blauwe winterjas met het naamlabel van Arthur. Ik heb hem meegenomen naar de klas, Arthur kan hem morgen bij mij halen.</p>
<p>Vriendelijke groeten,<br>Wim Schepers<br>klastitularis 1H</p></div></body></html>""",
    enc='qp', date='2025-01-28 13:10', rules=[], about=['arthur'],
    note='class teacher tells a mother her son\'s lost jacket was found (HTML-only mail)')

# 089 S klassenraad 2E + docm
KR2E = [
    ('grace', 'A', 'Sterke resultaten, geen bijzonderheden.'),
    ('oleksandr', 'A?', 'Nederlands gaat snel vooruit (NT2). Woont bij tante (voogd), papa nog in Oekraïne. Nachtmerries, schrikt bij brandoefening -> Karim, CLB.'),
    ('jana', 'A', 'Zelfverwonding gemeld door Rachel. Karim volgt op, CLB ingeschakeld, ouders nog niet op de hoogte.'),
    ('oliver', 'A', 'Prima. Interesse STEM.'),
    ('mustafa', 'B?', 'Vaak te laat, moet broertjes naar school brengen. Papa werkloos, rekeningen 1ste trim. open -> Rita.'),
    ('fien', 'A?', 'Gestopt met ADHD-medicatie (keuze ouders). Concentratie sterk achteruit, wiskunde 38%.'),
]
def _kr2e_text():
    return '\n'.join(f"- {ROSTER[k]['first']} {ROSTER[k]['last'][0]}. [{a}] {t}" for k, a, t in KR2E)
add('S', 'klassenraad-2e-januari', st('kt2e'), [st('wisk'), st('ned'), st('fr'), st('eng'), st('zorg')], 'Verslag BKR 2E + voorlopig advies',
    "Dag collega's,\n\nIn bijlage het verslag van de begeleidende klassenraad van 2E (Word-sjabloon met de knoppen voor het attest). Hieronder de samenvatting.\n\n" + _kr2e_text() + "\n\nEvelien",
    html='<html><body style="font-family:Calibri;font-size:11pt"><p>Dag collega\'s,</p><p>In bijlage het verslag van de begeleidende klassenraad van 2E (Word-sjabloon met de knoppen voor het attest). Hieronder de samenvatting.</p>'
    '<table border="1" cellspacing="0" cellpadding="4"><tr><th>Leerling</th><th>Voorlopig advies</th><th>Opmerkingen</th></tr>'
    + ''.join(f"<tr><td>{ROSTER[k]['first']} {ROSTER[k]['last'][0]}.</td><td>{a}</td><td>{t}</td></tr>" for k, a, t in KR2E)
    + '</table><p>Evelien</p></body></html>',
    att=[('BKR_2E_januari.docm', 'application/vnd.ms-word.document.macroEnabled.12', 'DOCM')],
    enc='qp', date='2025-01-29 19:40', rules=['sensitive', 'attachment'], cats=['psychosocial', 'family', 'financial', 'medical', 'care'],
    about=[k for k, _, _ in KR2E], note='class-council summary table of 2E with trauma, self-harm, unpaid bills and ADHD medication of named pupils; macro-enabled Word report attached')

# 090 C reply: nieuw paswoord
add('C', 're-paswoord-kwijt-wim', st('ict'), [st('kt1h')], 'RE: paswoord kwijt',
"""Wim,

Gereset. Je nieuwe paswoord voor Smartschool is Tijdelijk-8842

Wijzig het meteen na het aanmelden aub (Profiel > Wachtwoord wijzigen).

Tom

-----Oorspronkelijk bericht-----
Van: Wim Schepers <wim.schepers@sintpieterscollege.be>
Verzonden: donderdag 30 januari 2025 07:41
Aan: Tom Goossens <tom.goossens@sintpieterscollege.be>
Onderwerp: paswoord kwijt

Tom, ik ben mijn paswoord kwijt na de vakantie en nu is mijn account geblokkeerd. Ik moet om 8u25 punten invullen... help!
Wim""",
    enc='qp', date='2025-01-30 07:52', fmt=['reply'], rules=['password'], about=[],
    note='ICT replies to a colleague with his reset Smartschool password')

# 091 S en trauma Oleksandr
add('S', 'en-oleksandr-support', st('lb'), ['Iryna Shevchenko <iryna.shevchenko@gmail.com>'], 'Oleksandr – follow-up',
"""Dear Ms Shevchenko,

Thank you for coming to school last week. As promised, a short summary of what we discussed about Oleksandr.

At school he is polite and works hard; his Dutch is improving quickly. However, several teachers noticed that he is very tired in the morning, and during the fire drill on 22 January he panicked and hid under a table. He told me he often has nightmares and that he worries every day about his father, who is still at the front, and his grandmother in Kharkiv.

We would like to propose:
- a weekly conversation with me (Tuesday, 11:05);
- a referral, through our CLB, to Solentra, a team that specialises in children and young people who fled from war;
- a warning in advance before future fire drills.

Could you let me know if you agree? I'm also happy to talk by phone.

Kind regards,
Karim Bouzid
pupil counsellor""",
    enc='qp', date='2025-02-03 17:02', rules=['sensitive'], cats=['psychosocial', 'family', 'care'], about=['oleksandr'], lang='en',
    note='counsellor writes in English to a refugee pupil\'s guardian aunt about trauma symptoms and a referral')

# 092 M EpiPen Kobe Smeets -> moeder Kobe Smets
add('M', 'epipen-kobe-vervallen', st('sec'), [par('kobe_sm')], 'EpiPen Kobe vervallen',
"""Beste mevrouw Smeets

Bij de controle van de noodmedicatie zagen we dat de EpiPen van Kobe die op het secretariaat ligt, vervallen is sinds eind januari. Omdat Kobe een ernstige pinda- en notenallergie heeft, willen we zo snel mogelijk een nieuwe.

Kan u een nieuwe pen (met voorschrift) meegeven of binnenbrengen? De oude geven we mee naar huis zodat u ze kan binnenbrengen bij de apotheek.

Vriendelijke groeten
""" + SIG_SEC,
    enc='qp', date='2025-02-04 10:48', rules=['sensitive', 'personal_data'], cats=['medical'], about=['kobe_s'], mis=True,
    note='EpiPen/nut allergy mail about Kobe Smeets (1A) sent to Leen Smets, mother of Kobe Smets (2B): near-identical names; school phone in signature')

# 093 C zorg-gsm PIN
add('C', 'overdracht-zorggsm', st('zorg'), [st('lb')], 'overdracht zorg-gsm',
"""Karim,

Zoals besproken neem jij de zorg-gsm over tijdens mijn verlof (vanaf maandag 10/2). Hij ligt in de bovenste lade van mijn bureau.

PIN-code: 2207
Voicemail: 9911
Nummer (staat ook in de schoolbrochure): 0470 55 18 92

Het CLB en de pleegzorgconsulent van Kiara hebben dat nummer, dus hou hem aan aub.

Dank je!
Sofie""",
    enc='qp', date='2025-02-05 16:25', rules=['password', 'personal_data'], about=[],
    note='care coordinator hands over the care phone with its SIM PIN and voicemail code; phone number included')

# 094 G en studiekeuze-avond
add('G', 'en-study-choice-evening', st('dirg'), [st('dirg')], 'Study choice evening for parents of second-year pupils',
"""Dear parents,

At the end of this school year your child will finish the first stage (eerste graad) of secondary education and choose a field of study for the second stage.

To help you, we organise an information evening on Tuesday 25 February at 7.30 pm in the school hall. We will explain:
- the different fields of study in the second stage (e.g. economics, sciences, STEM, languages, technical options);
- how the class council gives advice, and what the orientation certificates A, B and C mean;
- the role of the CLB in study choice.

Translators for English and French will be available. Please register through Smartschool before 20 February.

We look forward to seeing you.

Kind regards,
The school management""",
    bcc=['ouders-2dejaar@sintpieterscollege.be'], enc='7bit', date='2025-02-06 12:00', rules=[], about=[], lang='en',
    note='general English invitation to the study-choice evening for second-year parents (bcc)')

# 095 S verblijfsregeling Louis
add('S', 'verblijfsregeling-louis', st('sec'), [par('louis', 1)], 'Uw vraag over rapporten en contactgegevens',
"""Beste meneer Wijns

Bedankt voor uw telefoontje van gisteren. Ik bevestig hierbij de aanpassingen:

- Louis verblijft vanaf nu om de week bij u en bij mevrouw Bertels (wissel op vrijdag). We hebben beide adressen als domicilie- en verblijfsadres in Smartschool gezet.
- U en mevrouw Bertels hebben elk een eigen co-account. Rapporten en berichten worden naar beide ouders gestuurd.
- U vroeg om mevrouw Bertels geen informatie meer te geven over uw nieuwe adres. Dat hebben we genoteerd, ze ziet enkel haar eigen gegevens.
- Ophalen na de huiswerkklas: de ouder bij wie Louis die week verblijft.

Als er een vonnis van de familierechtbank is dat hiervan afwijkt, vragen we u ons een kopie te bezorgen.

Met vriendelijke groeten
Martine Claessens
secretariaat""",
    enc='qp', date='2025-02-07 09:30', rules=['sensitive'], cats=['family'], about=['louis'],
    note='secretariat confirms a separated father\'s residence arrangement and address restrictions for his son')

# 096 N sportdag formulier vanaf hotmail
add('N', 'sportdag-formulier-kaan', 'Gert Luyten <gert.luyten71@hotmail.com>', [par('kaan', 1)], 'Sportdag: keuze Kaan',
"""Beste mevrouw Öztürk

Ik mail van mijn privé-adres want de Smartschool-app doet raar op mijn gsm. Kaan heeft zijn keuzestrookje voor de sportdag van 28 maart nog niet ingediend. Hij kan kiezen tussen klimmen, kajak of mountainbike.

Kan hij het strookje deze week nog aan mij afgeven? Anders deel ik hem in bij de groep met nog vrije plaatsen.

Sportieve groeten
Gert Luyten
LO""",
    enc='qp', date='2025-02-10 21:17', rules=['private_account'], about=['kaan'],
    note='PE teacher writes to a parent about a sports day form from his private Hotmail account')

# 097 C Wi-Fi leerlabo
add('C', 'wifi-leerlabo-nieuw', st('ict'), [st('labo'), st('hwk')], 'Nieuwe sleutel wifi leerlabo',
"""Inge, Jelle,

Na de upgrade van het netwerk heeft het netwerk SPC-Leerlabo een nieuwe sleutel gekregen. De iPads van het labo heb ik al aangepast, maar voor jullie eigen laptops:

Netwerk: SPC-Leerlabo
Sleutel: Lezen&Rekenen-2025

Niet doorgeven aan leerlingen aub, zij zitten op SPC-Leerling.

Tom""",
    enc='qp', date='2025-02-11 13:00', rules=['password'], about=[],
    note='ICT gives two colleagues the new Wi-Fi key of the leerlabo network')

# 098 S attached forward: hartprobleem Thomas
_inner098 = dict(frm=CLBARTS, to=[st('zorg')], subj='Thomas Raes (1F) – advies lichamelijke opvoeding', date='2025-02-11 16:20',
    body="""Beste mevrouw Lemmens

Na overleg met de cardioloog van Thomas Raes (1F) bezorg ik u het volgende advies.

Bij Thomas werd een ritmestoornis (WPW-syndroom) vastgesteld. In afwachting van een ablatie in het UZ Leuven (gepland in april) mag hij niet deelnemen aan intensieve duurinspanningen (bv. de Coopertest, veldloop, lange zwemafstanden). Rustige deelname aan balspelen en technische oefeningen kan wel, met de mogelijkheid om zelf te stoppen.

Bij hartkloppingen, duizeligheid of pijn in de borst: laten rusten, ouders verwittigen en bij flauwvallen 112 bellen.

Met collegiale groeten
dr. Veerle Stas
CLB-arts""")
add('S', 'fwd-advies-lo-thomas', st('zorg'), [st('lo'), st('lo2')], 'FW: Thomas Raes (1F) – advies lichamelijke opvoeding',
"""Gert, Saskia,

Zie het advies van de CLB-arts in bijlage, dit geldt vanaf nu voor de LO-lessen van Thomas. Ik zet het ook in het LVS.

Sofie""",
    fwd=_inner098, enc='qp', date='2025-02-12 08:15', rules=['sensitive'], cats=['medical'], about=['thomas'],
    note='care coordinator forwards (as attachment) the CLB doctor\'s letter about a pupil\'s heart condition to the PE teachers')

# 099 L gemaskeerd wachtwoord busportaal
add('L', 'fwd-busportaal-handleiding', st('ict'), [st('sec')], 'FW: Toegang klantenportaal Lenaerts',
"""Martine, dit is de handleiding van het busportaal. Je account is aangemaakt, het wachtwoord krijg je in een aparte sms van Lenaerts.

Tom

---------- Doorgestuurd bericht ----------
Van: Planning Lenaerts Reizen <planning@lenaerts-reizen.be>
Datum: do 13 feb 2025 om 08:30
Onderwerp: Toegang klantenportaal Lenaerts

Beste klant

Via ons klantenportaal kan u de ritten, haltes en leerlingenlijsten van uw school beheren.

Stap 1: surf naar https://portaal.lenaerts-reizen.be
Stap 2: meld aan met
   E-mail: secretariaat@sintpieterscollege.be
   Wachtwoord: ********
Stap 3: kies bij de eerste aanmelding een eigen wachtwoord.

Met vriendelijke groeten
Team Planning""",
    enc='qp', date='2025-02-13 09:02', fmt=['forward'], rules=[], about=[],
    note='forwarded portal how-to where the password is masked; the real one comes by text message')

# 100 S schooltoelage geweigerd
add('S', 'schooltoelage-aya', st('sec'), [par('aya')], 'Schooltoelage en openstaande rekening',
"""Beste mevrouw Mansouri

U vroeg ons waarom de rekening van Aya nog openstaat. Uw aanvraag voor de schooltoelage werd door het Groeipakket voorlopig afgewezen omdat het inkomensattest van 2023 ontbreekt. Daardoor kon het bedrag niet met de schoolrekening verrekend worden en staat er nog 214,50 euro open.

Geen zorgen: we wachten met een herinnering tot de toelage alsnog wordt toegekend. Wilt u het ontbrekende attest aan het Groeipakket bezorgen? Als u hulp nodig heeft bij het invullen, kan u op dinsdagnamiddag bij mij langskomen.

Vriendelijke groeten
Martine Claessens
secretariaat""",
    enc='qp', date='2025-02-14 11:12', rules=['sensitive'], cats=['financial'], about=['aya'],
    note='secretariat explains to a mother that her school allowance was refused and the bill remains unpaid')

# 101 M Benali -> Benaissa
add('M', 'ocmw-saldo-benali', st('boek'), [par('safae', 1)], 'Stand van de schoolrekening',
"""Beste mevrouw Benali

Ter info: het OCMW van Leuven heeft ondertussen de rekening van het eerste trimester van Dounia betaald. De oude schuld van vorig schooljaar (€ 96,20) wordt niet door het OCMW overgenomen.

Kunnen we daarvoor een kleine afbetaling afspreken, bv. € 20 per maand? Laat gerust weten wat haalbaar is.

Met vriendelijke groeten
Rita Van Dyck
boekhouding""",
    enc='qp', date='2025-02-17 14:03', rules=['sensitive'], cats=['financial'], about=['dounia'], mis=True,
    note='OCMW/unpaid-bill mail about Dounia Benali (2G) sent to Hanane Benaissa, mother of Safae Benaissa (1C): autocomplete on "bena"')

# 102 C attached forward MDM-console
_inner102 = dict(frm='Support iPadBeheer <support@ipadbeheer.be>', to=[st('ict')], subj='Uw MDM-omgeving is klaar', date='2025-02-17 10:05',
    body="""Beste Tom

Uw nieuwe MDM-omgeving voor het schooljaar 2025-2026 is geactiveerd.

Console: https://spc-kessello.ipadbeheer.be
Beheerder: admin.spc
Tijdelijk wachtwoord: Jmf!Kessel-2025

De standaard beperkingscode voor alle leerlingen-iPads is ingesteld op 314159. Wij raden aan deze aan te passen na de migratie.

Met vriendelijke groeten
Support iPadBeheer""")
add('C', 'fwd-mdm-console-adjunct', st('ict'), [st('adj')], 'FW: Uw MDM-omgeving is klaar',
"""Els,

Voor als ik er tijdens de krokus niet ben en er dringend iets moet gebeuren met de iPads: zie de mail in bijlage.

Tom""",
    fwd=_inner102, enc='qp', date='2025-02-18 11:30', rules=['password'], about=[],
    note='ICT forwards (as attachment) the vendor mail with the MDM admin password and restrictions code to the deputy director')

# 103 S gedrag Jayden
add('S', 'gedrag-jayden', st('kt1g'), [par('jayden', 1)], 'Jayden – afspraken gedragscontract',
"""Beste mevrouw Meeus

Ik had u graag op de hoogte gebracht van de voorbije week. Jayden is de laatste weken elke dag betrokken bij conflicten. Maandag gooide hij in de les wiskunde een stoel om toen hij een opdracht moest herbeginnen, dinsdag heeft hij de leerkracht Frans uitgescholden en gisteren was er een vechtpartij aan de bus.

We zien ook dat hij vaak alleen staat op de speelplaats en snel boos wordt als anderen lachen.

Samen met meneer Bouzid stellen we een gedragscontract voor met dagelijkse opvolging via een volgkaart. Graag bespreken we dat met u en Jayden op maandag 24 februari om 16 u. Past dat?

Met vriendelijke groeten
Annelies Bosmans
klastitularis 1G""",
    enc='qp', date='2025-02-19 17:12', rules=['sensitive'], cats=['psychosocial'], about=['jayden'],
    note='class teacher describes a pupil\'s daily aggressive behaviour to his mother and proposes a behaviour contract')

# 104 N en zwemmen Ella
add('N', 'en-swimming-ella', st('lo2'), [par('ella', 1)], 'Swimming lessons',
"""Dear Mrs Thompson,

Welcome to our school! Ella will join the swimming lessons on Tuesday afternoon at the Sportoase pool in Kessel-Lo. We walk there together after lunch.

Ella needs a swimsuit (no swim shorts), a towel and a swim cap. Goggles are allowed.

Just let me know if you have any questions.

Best wishes,
Saskia Verheyen
PE teacher""",
    enc='7bit', date='2025-02-20 12:45', rules=[], about=['ella'], lang='en',
    note='PE teacher informs an English-speaking mother about swimming lessons for her daughter')

# 105 G discretieplicht
add('G', 'herinnering-discretieplicht', st('dir'), [st('dir')], 'Herinnering: gevoelige info hoort niet in je mailbox',
"""Beste collega's

Na een paar vragen de voorbije weken: een korte herinnering aan ons communicatiebeleid.

- Informatie over de gezinssituatie, de gezondheid, het welbevinden, de zorg of de financiële situatie van een leerling deel je via het LVS, niet via e-mail of WhatsApp.
- Zet meerdere ouders altijd in BCC, nooit in Aan of CC.
- Gebruik je schoolaccount, nooit je privémail, voor schoolzaken.
- Stuur nooit wachtwoorden of codes door, ook niet naar collega's.
- Ging er toch iets mis, bv. een mail naar de verkeerde ouder? Meld het meteen aan privacy@lksd.ksleuven.be. Dat is geen schande, wel belangrijk.

Bedankt!
Bart""",
    bcc=['personeel@sintpieterscollege.be'], enc='qp', date='2025-02-21 08:00', rules=[], about=[],
    note='general staff reminder of the communication policy (bcc); lists sensitive categories in general only')

# 106 C poortcode aan vader Elif
add('C', 'poortje-ophalen-elif', st('hwk'), [par('elif', 1)], 'Ophalen Elif na huiswerkklas',
"""Beste meneer Demir

U vroeg hoe u Elif na de huiswerkklas kan ophalen als de hoofdingang al dicht is. Dat kan via het poortje aan de Oude Baan (naast de fietsenstalling). De code van het poortje is 2580, daarna op het sleuteltje drukken.

De huiswerkklas eindigt om 17.15 u., Elif wacht dan in de gang bij B104.

Groeten
Jelle Smolders""",
    enc='qp', date='2025-02-24 18:05', rules=['password'], about=['elif'],
    note='homework class teacher gives a father the code of the side gate to pick up his daughter')

# 107 S papa vertrokken Adam
add('S', 'adam-1a-te-laat', st('kt1a'), [st('lb')], 'Adam 1A - te laat',
"""Karim,

Je vroeg waarom Adam zo vaak te laat komt. Ik heb met mama gebeld. Papa is met de kerstvakantie teruggekeerd naar Marokko en komt niet meer terug, ze is nu alleen met de vier kinderen. Adam brengt elke ochtend zijn broertjes naar de lagere school in de Tiensesteenweg en haalt daardoor de bus niet.

Mama schaamde zich heel erg en vroeg of we geen sanctie willen geven. Kunnen we de te-laat-registraties voorlopig laten vallen en bekijken of hij de latere bus kan nemen?

Lien""",
    enc='qp', date='2025-02-25 12:20', rules=['sensitive'], cats=['family'], about=['adam'],
    note='class teacher explains a pupil\'s lateness by the father leaving the family for good')

# 108 M en Oliver Smith -> vader Olivia Smits
add('M', 'en-technopolis-oliver', st('kt2e'), [par('olivia', 1)], 'Technopolis trip – form',
"""Dear Mr and Mrs Smith,

Oliver has not yet returned the permission form for our trip to Technopolis in Mechelen on Friday 14 March. Could you sign the form and give it to him by Wednesday?

Please also give him a packed lunch and a drink; we will be back at school around 4 pm.

Kind regards,
Evelien Jacobs
class teacher 2E""",
    enc='7bit', date='2025-02-26 15:33', rules=[], about=['oliver'], mis=True, lang='en',
    note='trip form reminder about Oliver Smith (2E) sent to Johan Smits, father of Olivia Smits (1G): autocomplete on "smit"')

# 109 L en geen wachtwoord via mail
add('L', 'en-apple-id-no-password', st('ict'), [par('grace', 1)], 'Re: Apple ID Grace',
"""Dear Mr Okafor,

Thank you for your message. For security reasons we never send passwords by e-mail, not even to parents. Grace will receive a new password for her school Apple ID during her ICT lesson on Thursday, and she will choose her own one right away.

If you want to help her remember it, a good tip is to use a short sentence rather than a single word.

Kind regards,
Tom Goossens
ICT coordinator""",
    enc='7bit', date='2025-02-27 10:15', fmt=['reply'], rules=[], about=['grace'], lang='en',
    note='ICT explains in English that passwords are never mailed; no credential given')

# 110 S bijenallergie Lore (uitstap)
add('S', 'technopolis-lore-epipen', st('kt2f'), [st('kt2e'), st('wisk'), st('lo2')], 'Technopolis vrijdag - Lore',
"""Hoi,

Voor de begeleiders van vrijdag: Lore Vinckier (2F) is zwaar allergisch voor wespen- en bijensteken. Ze heeft een EpiPen in het voorvak van haar rugzak, ik neem de reservepen van het secretariaat mee.

Bij een steek: meteen de pen in de buitenkant van het bovenbeen (door de broek mag), 112 bellen, en daarna mij. Ze zit bij mij in de groep.

Merci,
Bram""",
    enc='qp', date='2025-03-12 16:30', rules=['sensitive'], cats=['medical'], about=['lore'],
    note='teacher tells the trip supervisors a named pupil has a severe sting allergy with EpiPen instructions')

# 111 C herstelcode 2FA
add('C', 'herstelcode-tweestaps-evelien', st('ict'), [st('kt2e')], 'je herstelcode',
"""Dag Evelien,

Omdat je nieuwe gsm de Authenticator-app nog niet heeft, heb ik je tweestapsverificatie gereset. Gebruik bij de volgende aanmelding deze eenmalige herstelcode:

7H4K-29QX-LM3P

Daarna vraagt Microsoft je om de app opnieuw te koppelen. De code vervalt na 24 uur.

Tom""",
    enc='qp', date='2025-03-10 08:20', rules=['password'], about=[],
    note='ICT gives a teacher a one-time recovery code for her account')

# 112 S leerlabo Ines
add('S', 'leesniveau-ines', st('labo'), [st('kt1b')], 'Ines 1B - resultaten leestoets',
"""Dag Pieter,

De resultaten van de leestoets van Ines Bouzian zijn binnen. Ze leest nog altijd op AVI-niveau E5 (eind 5de leerjaar), met veel raadfouten, en begrijpend lezen ligt duidelijk onder het niveau van de klas. Ook na 12 weken leerlabo is er weinig vooruitgang.

Ik heb met mama gesproken: Ines gaat vanaf volgende week naar de logopedist. Het CLB start een traject op om na te gaan of er meer aan de hand is.

Mijn voorstel voor de klas:
- toetsen laten voorlezen (Sprint op iPad);
- teksten vooraf meegeven;
- 2 x per week leerlabo i.p.v. 1.

Kan je dit op de volgende klassenraad zetten?

Inge""",
    cc=[st('zorg')], enc='qp', date='2025-03-11 15:04', rules=['sensitive'], cats=['care'], about=['ines'],
    note='remedial teacher reports a named pupil\'s weak reading level, speech therapy and CLB trajectory')

# 113 N muziekshow Can
add('N', 'muziekshow-can', st('ned'), [par('can')], 'Bedankt!',
"""Beste mevrouw Yılmaz

Ik wil u nog even laten weten hoe trots we waren op Can tijdens de muziekshow van vrijdag. Hij speelde zijn gitaarnummer zonder één fout, en dat voor een volle refter! Verschillende leerkrachten hebben me er nadien over aangesproken.

Als hij zin heeft, mag hij volgend jaar zeker opnieuw meedoen.

Vriendelijke groeten
Charlotte Degroote""",
    enc='qp', date='2025-03-12 13:05', rules=[], about=['can'],
    note='teacher thanks a mother for her son\'s performance at the school show')

# 114 S MDO-verslag naar eigen hotmail
add('S', 'fwd-mdo-eva-naar-prive', st('kt1g'), ['annelies.bosmans76@hotmail.com'], 'FW: verslag MDO Eva Thys',
"""om thuis te lezen

---------- Doorgestuurd bericht ---------
Van: Sofie Lemmens <sofie.lemmens@sintpieterscollege.be>
Datum: do 13 mrt 2025 om 14:02
Onderwerp: verslag MDO Eva Thys
Aan: Annelies Bosmans <annelies.bosmans@sintpieterscollege.be>

Dag Annelies,

Hier het verslag van het MDO van dinsdag.

Aanwezig: mama, papa (apart toegevoegd via Teams), Ann (CLB), Karim, jij, ik.

- Eva (1G) was dit trimester 14 halve dagen afwezig, telkens met buikpijn op maandag en vrijdag. Huisarts vindt geen lichamelijke oorzaak.
- Ouders zijn in een moeilijke scheiding; Eva zit letterlijk tussen twee vuren (wisselmomenten aan de schoolpoort lopen slecht).
- CLB start een begeleidingstraject rond schoolangst. Eva gaat ook naar een psycholoog via de huisarts.
- Afspraken school: opvang bij aankomst door Karim op maandag, geen toetsen op maandag het 1ste uur, wissel tussen de ouders niet meer aan de school.

Volgende MDO: 29 april.

Sofie""",
    enc='qp', date='2025-03-13 19:48', fmt=['forward'], rules=['sensitive', 'private_account'], cats=['psychosocial', 'family', 'care'],
    about=['eva'], note='class teacher forwards an MDO report about school anxiety and a difficult divorce to her own Hotmail address')

# 115 C fr iPad-code Louise
add('C', 'fr-code-ipad-louise', st('kt2g'), [par('louise')], 'Code iPad de Louise',
"""Madame Renard,

Louise avait oublié le code de son iPad et ne pouvait plus l'ouvrir. Tom, notre coordinateur ICT, l'a réinitialisé ce matin. Le nouveau code de déverrouillage est 482613.

Louise peut le changer elle-même dans Réglages > Face ID et code. Notez-le quelque part à la maison, s.v.p. !

Bien à vous,
Marijke Cools
titulaire 2G""",
    enc='qp', date='2025-03-14 14:16', rules=['password'], about=['louise'], lang='fr',
    note='class teacher sends a French-speaking mother the new unlock passcode of her daughter\'s iPad')

# 116 G oriënteringsattesten
add('G', 'attesten-eerste-graad-uitleg', st('dirg'), [st('dirg')], 'Het einde van de eerste graad: welke attesten zijn er?',
"""Beste ouders

Aan het einde van dit schooljaar beslist de delibererende klassenraad over de overgang van uw kind. Omdat we daar vaak vragen over krijgen, zetten we de mogelijkheden op een rij.

Na het eerste leerjaar (A-stroom)
1. A-attest: uw kind gaat over naar het tweede leerjaar. De klassenraad kan bepaalde basisopties uitsluiten (bv. een optie met veel Latijn) of verplichte remediëring opleggen, bv. een zomertaak.
2. C-attest: uw kind moet het jaar overdoen.
3. Overstap naar de B-stroom: mogelijk als de klassenraad dat adviseert.

Na het tweede leerjaar
1. A-attest: vrije keuze in de tweede graad, binnen de toelatingsvoorwaarden.
2. B-attest: uw kind gaat over, maar sommige studierichtingen worden uitgesloten.
3. C-attest: uw kind slaagt niet.

In de B-stroom krijgt uw kind aan het einde van het tweede leerjaar een getuigschrift of een attest, afhankelijk van de resultaten.

Elke beslissing wordt gemotiveerd. Bent u het niet eens, dan kan u een overleg aanvragen met de directeur; de procedure staat in het schoolreglement (art. 37). Het CLB helpt bij vragen over de studiekeuze.

Met vriendelijke groeten
De directie""",
    bcc=['ouders@sintpieterscollege.be'], html='auto', enc='qp', date='2025-03-17 10:00', rules=[], about=[],
    note='general explanation of orientation certificates and B-stream transition for all parents; examples, no pupil')

# 117 S advies B-stroom Kenzo, CLB in Cc
add('S', 'advies-bstroom-kenzo', st('kt1e'), [par('kenzo')], 'Advies van de klassenraad voor Kenzo',
"""Beste mevrouw Vandenbroeck

Zoals besproken op het oudercontact bezorg ik u het advies van de begeleidende klassenraad van maart.

Kenzo doet ontzettend zijn best, maar de leerstof van het eerste jaar A is voor hem te theoretisch. Hij haalt voor wiskunde, Frans en wetenschappen minder dan 40%, ondanks de huiswerkklas en remediëring in het leerlabo. Tijdens de praktijkopdrachten bloeit hij daarentegen helemaal open.

De klassenraad adviseert daarom een overstap naar het tweede leerjaar B (B-stroom) volgend schooljaar. Mevrouw De Ridder van het CLB, die in kopie staat, wil graag met u en Kenzo een gesprek plannen om dit te bespreken en samen naar de mogelijkheden te kijken.

Met vriendelijke groeten
Katrien Dewulf
klastitularis 1E""",
    cc=[CLB], enc='qp', date='2025-03-18 17:40', rules=['sensitive', 'bcc'], cats=['care'], about=['kenzo'],
    note='class teacher advises a mother about redirection of her son to the B-stream, with the CLB visible in Cc (two external addresses)')

# 118 N positief advies Femke, beide ouders in To
add('N', 'femke-mooi-rapport', st('kt2b'), [par('femke', 1), par('femke', 2)], 'Femke: proficiat!',
"""Beste ouders van Femke

Op de klassenraad van gisteren was iedereen het erover eens: Femke maakte een sterk tweede trimester. Ze haalde gemiddeld 78% en vooral bij Nederlands en geschiedenis viel ze op met haar werkstukken.

Het voorlopige studieadvies is dan ook ruim: alle richtingen in de tweede graad staan voor haar open. Kom gerust naar de infoavond als u meer wil weten over de keuzemogelijkheden.

Vriendelijke groeten
Dries Peeters
klastitularis 2B""",
    enc='qp', date='2025-03-19 20:10', rules=['bcc'], about=['femke'],
    note='class teacher sends positive results and open study advice to both separated parents, both visible in To')

# 119 C examen-wifi
add('C', 'wifi-digitale-toetsen', st('ict'), [st('wisk'), st('ned'), st('fr'), st('kt2c')], 'digitale toetsen: apart netwerk',
"""Collega's,

Voor de digitale toetsen van volgende week is er een afgeschermd netwerk zonder internet (alleen de toetsomgeving werkt):

SSID: SPC-Examen
sleutel: Stil-Werken-0612

Pas vlak voor de toets op het bord schrijven, daarna meteen uitvegen. De iPads vergeten het netwerk automatisch om 16 u.

Tom""",
    enc='qp', date='2025-03-20 12:00', rules=['password'], about=[],
    note='ICT gives teachers the Wi-Fi key of the closed exam network')

# 120 S fr vader in detentie
add('S', 'fr-nathan-soutien', st('kt2c'), [par('nathan')], 'Nathan',
"""Madame Kabongo,

Nathan est venu me parler hier après le cours. Il m'a raconté que son papa est en détention depuis février et qu'il ne sait pas quand il rentrera. Il était très ému, et je comprends mieux maintenant pourquoi il était si distrait ces dernières semaines.

Je voulais simplement vous dire que nous sommes là pour lui. Avec votre accord, Monsieur Bouzid, notre accompagnateur des élèves, peut le voir une fois par semaine. Nathan peut aussi venir chez moi s'il a besoin de parler.

Nous ne parlerons de rien en classe.

Bien cordialement,
Fatima Amrani
titulaire 2C""",
    enc='qp', date='2025-03-21 16:50', rules=['sensitive'], cats=['family'], about=['nathan'], lang='fr',
    note='class teacher writes in French to a mother about her son\'s distress because his father is in detention')

# 121 M reply fout draadje: Jonas Dewilde -> moeder Jonas Dewitte
add('M', 're-sleutel-jonas-verblijf', st('kt2f'), [par('jonas_dt', 1)], 'Re: sleutel Jonas',
"""Beste mevrouw Dewilde

Bedankt voor uw telefoontje. Ik heb genoteerd dat Jonas sinds de uitspraak van de rechter alleen nog bij u verblijft en zijn papa enkel begeleid ziet in het bezoekcentrum. Papa mag hem dus niet meer aan de school opwachten. Ik heb het secretariaat en de collega's van de middagtoezicht verwittigd.

Als papa toch zou opduiken, bellen we u en de directie meteen.

Met vriendelijke groeten
Bram Verstraeten
klastitularis 2F

Op 17 feb. 2025 om 07:55 schreef Elke Vandamme <elke.vandamme@telenet.be>:
> Goedemorgen meneer Verstraeten, Jonas is zijn huissleutel weer kwijt, misschien in de turnzaal? Als iemand hem vindt mag hij hem in zijn kastje leggen. Mvg Elke""",
    enc='qp', date='2025-03-24 12:44', fmt=['reply'], rules=['sensitive'], cats=['family'], about=['jonas_dw'], mis=True,
    note='custody arrangement of Jonas Dewilde (2F) written as a reply in the old thread of the mother of Jonas Dewitte (2F)')

# 122 G planning klassenraden
add('G', 'planning-klassenraden-juni', st('adj'), [st('adj')], 'Planning delibererende klassenraden juni',
"""Beste collega's

Hieronder de planning van de delibererende klassenraden. Punten moeten ingevuld zijn in Skore uiterlijk maandag 23 juni om 12 u.

di 24/6  8.30 u.  1A - 1B - 1C - 1D
di 24/6 13.00 u.  1E - 1F - 1G - 1H
wo 25/6  8.30 u.  2A - 2B - 2C - 2D
wo 25/6 13.00 u.  2E - 2F - 2G - 2H

Afspraken:
1. Bereid per leerling een korte motivering voor als je een tekort geeft.
2. Voorstellen voor een B-attest of een C-attest bespreek je vooraf met de klastitularis.
3. Zorgmaatregelen en het verloop van het jaar staan in het LVS, die lees je best vooraf na.
4. De verslagen worden enkel in het LVS bewaard, niet op papier meegenomen.

Els""",
    bcc=['personeel@sintpieterscollege.be'], enc='qp', date='2025-03-25 11:30', rules=[], about=[],
    note='general staff planning of the June class councils (bcc); no individual pupil')

# 123 C interim: genummerde lijst logins
add('C', 'interim-praktisch', st('adj'), ['An Rombaut <an.rombaut@sintpieterscollege.be>'], 'Praktische info interim Nederlands',
"""Dag An,

Fijn dat je de lessen Nederlands van Charlotte overneemt vanaf maandag. Hieronder het belangrijkste:

1. Smartschool / LVS: an.rombaut, voorlopig wachtwoord Interim#2025 (wijzig het meteen)
2. Kopieercode: 6620
3. Wifi personeel: SPC-Personeel, sleutel Kessel!Wifi-7734
4. Lessenrooster: zie bijlage op Smartschool (1A, 1C, 2B, 2D)
5. Je klassen hebben deze week toets spelling, de toetsen liggen in het vak van Charlotte.

Welkom en veel succes!

Els Vanhoof
adjunct-directeur
016 35 21 42""",
    enc='qp', date='2025-03-26 15:48', rules=['password', 'personal_data'], about=[],
    note='deputy director gives an interim teacher her temporary password, copier code and Wi-Fi key in a numbered list; phone in signature')

# 124 N brooddoos Lowie
add('N', 'brooddoos-lowie', st('kok'), [par('lowie', 1)], 'Lowie had geen eten bij',
"""Dag mevrouw Schoofs

Lowie stond deze middag aan de keuken omdat hij zijn brooddoos thuis vergeten was. Geen probleem hoor, hij heeft soep en een broodje kaas gekregen. Dat zetten we gewoon op de volgende rekening (€ 2,80).

Groetjes van de keuken
Ria Vos""",
    enc='8bit', cs='windows-1252', date='2025-03-27 13:30', rules=[], about=['lowie'],
    note='kitchen tells a mother her son forgot his lunch and got a meal')

# 125 S Mohamed: moeder werk kwijt, huur
add('S', 'mohamed-rekeningen-on-hold', st('zorg'), [st('boek')], 'Gezin Ouchen (Mohamed 1D)',
"""Rita,

Mama van Mohamed Ouchen (1D) kwam vandaag bij mij. Ze is sinds januari haar werk kwijt en loopt achter met de huur; er dreigt een uithuiszetting. Het CAW helpt haar ondertussen en er loopt een aanvraag bij het OCMW.

Kan jij de rekeningen van Mohamed voorlopig on hold zetten en geen herinneringen meer sturen? En kan je nakijken of ze een schooltoelage krijgt? Volgens mij is die nooit aangevraagd.

Mohamed zelf zit er erg mee in, hij vroeg of hij de meerdaagse moet afzeggen.

Merci,
Sofie""",
    enc='qp', date='2025-03-28 12:05', rules=['sensitive'], cats=['financial', 'family'], about=['mohamed'],
    note='care coordinator asks the bookkeeper to hold a family\'s bills: job loss, rent arrears, eviction threat')

# 126 L code niet in mail
add('L', 're-leerlabo-code-veranderd', st('labo'), [st('ict')], 'Re: code leerlabo-iPads',
"""Hoi Tom,

Gedaan, ik heb de toegangscode van de 8 leerlabo-iPads veranderd, de leerlingen kenden de oude. Ik zet de nieuwe niet in een mail (je kent het beleid ;-)), hij zit in een gesloten envelop in jouw postvak in de leraarskamer.

Inge

Op 28-03-2025 om 09:14 schreef Tom Goossens:
> Inge, kan jij vandaag de code van de leerlabo-iPads wijzigen? Er circuleert een filmpje van leerlingen die op die iPads zitten te gamen. Tom""",
    enc='qp', date='2025-03-31 10:22', fmt=['reply'], rules=[], about=[],
    note='remedial teacher confirms she changed the iPad code and deliberately does not put it in the mail')

# 127 C CSV Apple IDs 2C
PW_2C = [('elif', 'Kiwi-482-Berg'), ('jasper', 'Tulp-917-Zee'), ('hira', 'Vos-265-Mist'), ('tuur', 'Uil-730-Dak'),
         ('oumaima', 'Ijs-158-Pad'), ('kacper', 'Mol-643-Rots')]
_csv2c = 'leerling;klas;beheerde Apple ID;tijdelijk wachtwoord\r\n' + ''.join(
    f"{ROSTER[k]['first']} {ROSTER[k]['last']};2C;{ascii_slug(ROSTER[k]['first'])}.{ascii_slug(ROSTER[k]['last'])}@appleid.sintpieterscollege.be;{p}\r\n" for k, p in PW_2C)
add('C', 'apple-ids-2c-csv', st('ict'), [st('kt2c')], 'Apple IDs na reset iPads 2C',
"""Dag Fatima,

Na de updateproblemen zijn 6 iPads van 2C volledig gereset. In bijlage de lijst met de beheerde Apple ID's en de tijdelijke wachtwoorden. Kan je ze morgen het eerste uur laten aanmelden? Ze kiezen dan zelf een nieuw wachtwoord.

Bijlage daarna graag verwijderen.

Tom""",
    att=[('2C_appleid_reset.csv', 'text/csv', _csv2c)], enc='qp', date='2025-04-01 16:40',
    rules=['password'], about=[k for k, _ in PW_2C],
    note='ICT sends the class teacher a CSV of pupils\' managed Apple IDs with temporary passwords')

# 128 S hersenschudding Senne
add('S', 'senne-val-turnles', st('lo'), [par('senne', 1)], 'Senne – opvolging na de val van vorige week',
"""Beste meneer Cuypers

Ik hoop dat Senne ondertussen wat beter is. Mevrouw Van Hove bezorgde ons het verslag van de spoeddienst: een lichte hersenschudding, en volgens de arts geen sport en zo weinig mogelijk schermwerk tot 16 april.

Op school doen we het volgende:
- Senne is vrijgesteld van LO tot de paasvakantie, hij helpt bij de scheidsrechtering;
- de collega's geven hem papieren versies van de lessen in plaats van op de iPad;
- toetsen van deze week worden uitgesteld.

De schoolverzekering is aangevraagd, het formulier voor de dokter geeft Senne vandaag mee.

Met vriendelijke groeten
Gert Luyten
leraar LO""",
    enc='qp', date='2025-04-02 12:30', rules=['sensitive'], cats=['medical'], about=['senne'],
    note='PE teacher follows up a pupil\'s concussion with his father: diagnosis and school measures')

# 129 G sportdag
add('G', 'sportdag-eerste-jaar', st('lo'), [st('lo')], 'Sportdag eerste jaar: praktische info',
"""Beste ouders

Op vrijdag 25 april trekken alle leerlingen van het eerste jaar naar het Provinciedomein Kessel-Lo voor de sportdag.

Wat brengt uw kind mee?
- sportkledij en reservekledij (bv. voor het kajakken)
- een drinkbus, lunchpakket en een tussendoortje
- eventueel noodmedicatie: geef die zelf mee en laat het de klastitularis weten

Programma: vertrek te voet om 8.30 u., terug op school om 15.10 u. Bij regen gaat alles gewoon door.

Kan uw kind om medische redenen niet sporten, bezorg ons dan een doktersattest. Het kan dan helpen bij de organisatie.

Sportieve groeten
De sectie LO""",
    bcc=['ouders-1stejaar@sintpieterscollege.be'], enc='qp', date='2025-04-03 09:00', rules=[], about=[],
    note='general sports day letter to all first-year parents (bcc), examples with bv.')

# 130 M foto Hanne Dirix -> vader Hanne Driesen
add('M', 'foto-schoolkrant-hanne', st('kt1e'), [par('hanne_dr', 1)], 'Foto Hanne schoolkrant',
"""Beste meneer Dirix

De leerlingenredactie wil in de schoolkrant een foto plaatsen van Hanne met haar winnende affiche voor de actie 'Fiets naar school'. U gaf bij de inschrijving aan dat u liever geen foto's van Hanne online ziet. Geldt dat ook voor de papieren schoolkrant?

Laat u het me even weten voor vrijdag?

Met vriendelijke groeten
Katrien Dewulf
klastitularis 1E""",
    enc='qp', date='2025-04-04 11:55', rules=[], about=['hanne_d'], mis=True,
    note='photo permission question about Hanne Dirix (1E) sent to Johan Driesen, father of Hanne Driesen (1E): autocomplete on "Johan D"')

# 131 S examenangst Marie
add('S', 'marie-examenangst-maatregelen', st('zorg'), [st('kt2a'), st('wisk'), st('ned'), st('fr'), st('eng')], 'Marie V. (2A) - afspraken juni-examens',
"""Beste collega's van 2A,

Marie Vanderlinden kreeg tijdens het paasexamen wiskunde een paniekaanval (hyperventilatie, moest naar het secretariaat). Ze is sindsdien in begeleiding bij een psychologe voor faalangst en paniek.

Voor de juni-examens spraken we met Marie, haar ouders en het CLB deze maatregelen af:
- ze maakt haar examens in het kleine lokaal B002, met maximum 4 leerlingen;
- 20 minuten extra tijd;
- ze mag 5 minuten naar buiten als ze voelt dat het opkomt;
- opgaven in stukken afgeven (eerst deel 1, dan deel 2).

Graag ook in de klas geen opmerkingen over haar afwezigheid bij het examen.

Sofie""",
    enc='qp', date='2025-04-22 15:35', rules=['sensitive'], cats=['psychosocial', 'care'], about=['marie'],
    note='care coordinator tells 2A teachers a named pupil had a panic attack and gets exam accommodations')

# 132 C print-PIN aan leerling
add('C', 'print-pin-arne', st('ict'), [pupil('arne')], 'Je printcode',
"""Hoi Arne,

Je kan vanaf nu zelf afdrukken in de bib voor je GIP-opdracht. Je persoonlijke printcode is 7302. Deel hem met niemand, alles wat met die code wordt afgedrukt komt op jouw rekening.

Groetjes
Tom (ICT)""",
    enc='7bit', date='2025-04-23 10:45', rules=['password'], about=['arne'],
    note='ICT sends a pupil his personal print PIN')

# 133 N fietstoelating Jules
add('N', 'fietstoelating-jules', st('lo2'), [par('jules', 1)], 'Toestemming fietsen naar de sporthal',
"""Beste mevrouw Verbeke

Vanaf 5 mei gaan de lessen LO van 2A door in de sporthal van Kessel-Lo. De leerlingen fietsen er samen met de leerkracht naartoe. Van Jules hebben we het toestemmingsformulier nog niet ontvangen.

Mag Jules mee fietsen? Dan graag het formulier tekenen in zijn agenda. Heeft hij geen fiets, dan kan hij met een collega meewandelen.

Als u vragen heeft, kan u me ook bellen op het secretariaat: 016 35 21 40.

Sportieve groeten
Saskia Verheyen""",
    enc='qp', date='2025-04-24 12:20', rules=['personal_data'], about=['jules'],
    note='PE teacher asks a mother for a bike permission form; only the school phone number')

# 134 S BuSO-advies Jordy
add('S', 'jordy-buso-advies', st('zorg'), [st('dir')], 'Jordy Van Laer (2H) – overstap buitengewoon onderwijs',
"""Bart,

Voor het overleg van morgen: een stand van zaken voor Jordy Van Laer (2H, B-stroom).

- Het CLB adviseert, na het onderzoek van februari, een overstap naar het buitengewoon secundair onderwijs, opleidingsvorm 3 (type basisaanbod).
- Het CLB stelt het verslag op; mama is akkoord en heeft al een school in Leuven bezocht (opleiding logistiek).
- Tot juni volgt Jordy een aangepast traject: minder theorie, 2 dagen per week praktijk in de schoolkeuken.
- Voor ons: geen getuigschrift eerste graad, wel een attest van verworven bekwaamheden. De klassenraad moet dat in juni formeel beslissen.

Sofie""",
    enc='qp', date='2025-04-25 17:10', rules=['sensitive'], cats=['care'], about=['jordy'],
    note='care coordinator briefs the director on a pupil\'s redirection to special secondary education')

# 135 L leveranciersportaal: zelf wachtwoord kiezen
add('L', 'leveranciersportaal-keuken', st('ict'), [st('kok')], 'Bestelportaal groothandel',
"""Dag Ria,

Je account voor het bestelportaal van de groothandel is aangevraagd. Zo werkt het:
- login = je schoolmailadres (ria.vos@sintpieterscollege.be)
- het wachtwoord kies je zelf via de activatiemail die je morgen krijgt (minstens 12 tekens, niet hetzelfde als je Smartschool-wachtwoord)

Geef het aub aan niemand door, ook niet aan mij. Als Hakan ook moet kunnen bestellen, vraag ik een apart account voor hem aan.

Tom""",
    enc='qp', date='2025-04-28 14:00', rules=[], about=[],
    note='ICT explains how to activate a supplier account; user chooses her own password, none given')

# 136 N opendeurdag Fatma
add('N', 'opendeurdag-fatma-bedankt', st('kt2h'), [par('fatma')], 'Bedankt voor de opendeurdag',
"""Beste mevrouw Koç

Fatma heeft zaterdag op de opendeurdag de hele dag bezoekers rondgeleid in het praktijklokaal. Ze deed dat met veel enthousiasme en legde de toekomstige leerlingen heel goed uit wat we daar doen. Verschillende ouders hebben haar bedankt.

Wij zijn trots op haar!

Vriendelijke groeten
Stijn Vandenberghe
klastitularis 2H""",
    enc='qp', date='2025-04-29 09:35', rules=[], about=['fatma'],
    note='class teacher thanks a mother for her daughter\'s help at the open day')

# 137 S sexting Rayan
add('S', 'rayan-foto-groepschat', st('dir'), [par('rayan', 1)], 'Ernstig incident – gesprek morgen',
"""Geachte heer Bensaid

Ik moet u op de hoogte brengen van een ernstig incident. Rayan heeft gisteren een naaktfoto van een medeleerlinge, die zij hem in vertrouwen had gestuurd, doorgestuurd in een groepsgesprek met ongeveer 30 leerlingen.

De ouders van het meisje hebben klacht neergelegd bij de politie. Wij hebben de jeugdinspecteur van de lokale politie en het CLB ingelicht, zoals de procedure voorschrijft. Rayan is tot vrijdag preventief geschorst.

Ik nodig u en uw echtgenote uit voor een gesprek morgen om 16 u. Rayan is daarbij welkom. We willen bespreken welke gevolgen dit heeft en hoe we Rayan kunnen helpen inzien wat hij heeft aangericht.

Met vriendelijke groeten

Bart Wouters
directeur
016 35 21 40""",
    enc='qp', date='2025-04-30 18:20', rules=['sensitive', 'personal_data'], cats=['psychosocial'], about=['rayan'],
    note='director informs a father his son shared a classmate\'s nude photo; police and suspension; phone in signature')

# 138 C wachtwoord beveiligd Excel
add('C', 'wachtwoord-zorgoverzicht-excel', st('zorg'), ['Lies Vandenbussche <lies.vandenbussche@sintpieterscollege.be>'], 'zorgoverzicht',
"""Dag Lies,

Ik heb je toegang gegeven tot de map Zorg op de schijf. Het bestand 'zorgoverzicht eerste graad.xlsx' is beveiligd met een wachtwoord: Zorg1steGraad!25

Lees vooral het tabblad van 1D en 1H door voor je eerste leerlingbespreking.

Groetjes
Sofie""",
    enc='qp', date='2025-05-05 08:48', rules=['password'], about=[],
    note='care coordinator gives a new care teacher the password of the protected care overview file')

# 139 G schoolreglement gsm/iPad
add('G', 'schoolreglement-gsm-ipad', st('dirg'), [st('dirg')], 'Aanpassing schoolreglement: gsm en iPad (vanaf 1 september)',
"""Beste ouders

De participatieraad keurde een aanpassing van het schoolreglement goed. Vanaf 1 september geldt:

Art. 18 – Gsm
18.1 De gsm van uw kind blijft van 8.25 u. tot 15.10 u. uitgeschakeld in de locker.
18.2 Wie de gsm toch gebruikt, geeft hem af op het secretariaat en haalt hem daar om 15.10 u. terug op.
18.3 Bij herhaling neemt een ouder de gsm zelf terug mee.

Art. 19 – iPad
19.1 De iPad is een werkinstrument. Spelletjes en sociale media zijn tijdens de schooluren niet toegestaan.
19.2 De school kan op afstand nagaan welke apps worden gebruikt, maar leest geen berichten of foto's.
19.3 Thuis kan u zelf beperkingen instellen met een eigen schermtijdcode.

Art. 20 – Foto's en filmpjes
20.1 Zonder toestemming van de betrokkenen maakt of verspreidt uw kind geen beelden van medeleerlingen of personeel.
20.2 Het verspreiden van intieme beelden wordt altijd gemeld aan het CLB en kan gemeld worden aan de politie.

Het volledige reglement staat op de website.

Met vriendelijke groeten
De directie""",
    bcc=['ouders@sintpieterscollege.be'], html='auto', enc='base64', date='2025-05-06 12:00', rules=[], about=[],
    note='general rule-book amendment with numbered articles for all parents (bcc); no individual case')

# 140 N werkboek Roos
add('N', 'werkboek-roos', st('sec'), [par('roos', 1)], 'Ontbrekend werkboek',
"""Beste mevrouw Geens

Het werkboek geschiedenis dat in het boekenpakket van Roos ontbrak, is eindelijk geleverd door de uitgeverij. Roos kan het deze week afhalen op het secretariaat. Er komen geen extra kosten bij.

Vriendelijke groeten
Martine Claessens""",
    enc='7bit', date='2025-05-07 11:20', rules=[], about=['roos'],
    note='secretariat tells a mother the missing workbook has arrived')

# 141 L schermtijd gescheiden ouders, beide in To
add('L', 'schermtijd-tibo-afspraken', st('ict'), [par('tibo', 1), par('tibo', 2)], 'Schermtijd iPad Tibo',
"""Beste mevrouw Heylen, beste meneer Van Roey

U vroeg allebei apart om de schermtijdcode van Tibo zijn iPad. De school stelt die code niet in en kent ze dus ook niet: ze werd thuis ingesteld.

Mijn voorstel:
1. Kom één keer samen of na elkaar met de iPad naar het ICT-lokaal, dan zetten we schermtijd terug op nul.
2. Spreek samen één code af en geef die persoonlijk aan elkaar door, niet via Tibo.
3. Kies geen geboortedatum of 0000: kinderen raden die in een paar minuten.

Met vriendelijke groeten
Tom Goossens
ICT-coördinator""",
    enc='qp', date='2025-05-08 13:55', rules=['bcc'], about=['tibo'],
    note='ICT explains to both separated parents (both visible in To) how to agree on a screen-time code; no code given')

# 142 N bus gemist Mila
add('N', 'mila-bus-gemist', st('sec'), [par('mila')], 'Mila wacht op school',
"""Dag mevrouw Goris

Mila heeft de bus van 15.35 u. net gemist omdat de les LO wat uitliep. Ze zit bij ons op het secretariaat en mag hier wachten. De volgende bus van lijn 3 vertrekt om 16.35 u., of u kan haar komen halen.

Laat u even weten wat u verkiest?

Vriendelijke groeten
Martine""",
    enc='qp', date='2025-05-13 15:41', rules=[], about=['mila'],
    note='secretariat tells a mother her daughter missed the bus and waits at school')

# 143 L paswoord verlopen
add('L', 'paswoord-verlopen-kristof', st('ict'), [st('kt2d')], 'Re: kan niet meer inloggen',
"""Kristof,

Je paswoord is gewoon verlopen (elke 180 dagen). Ik kan je oude paswoord niet zien en ik ga je ook geen nieuw mailen ;-)

Ga naar https://wachtwoord.sintpieterscollege.be, klik op 'Wachtwoord vergeten' en volg de stappen met je gsm. Lukt het niet, kom dan om 10.15 u. even langs.

Tom""",
    enc='qp', date='2025-05-14 08:05', fmt=['reply'], rules=[], about=[],
    note='ICT points a colleague to the self-service reset page; no credential in the mail')

# 144 G nieuwsbrief HTML
add('G', 'nieuwsbrief-mei', st('dirg'), [st('dirg')], 'Nieuwsbrief mei – Sint-Pieterscollege Middenschool',
    "NIEUWSBRIEF MEI\n\n1. Examenrooster juni\nHet examenrooster staat op Smartschool. De examens beginnen op dinsdag 10 juni. Uw kind studeert die weken in de namiddag thuis; wie niet naar huis kan, mag naar de studie.\n\n2. Pedagogische studiedag\nOp woensdag 21 mei is er geen les.\n\n3. Nieuwe speeltuigen\nDankzij de opbrengst van de spaghettiavond staat er een nieuwe tafeltennistafel op de speelplaats. Bedankt aan alle helpers!\n\n4. Oudercomité\nHet oudercomité zoekt nieuwe leden, bv. voor het schoolfeest. Interesse? Laat het weten via het secretariaat.\n\n5. Verloren voorwerpen\nDe kast met verloren voorwerpen wordt op 30 juni leeggemaakt. Kijk zeker eens of de jas, brooddoos of drinkbus van uw kind ertussen ligt.\n\nMet vriendelijke groeten\nDe directie",
    html="""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f2f2f2">
<table width="600" align="center" cellpadding="12" style="background:#ffffff;font-family:Arial;font-size:10pt">
<tr><td style="background:#0b4f8a;color:#fff"><h2 style="margin:0">Nieuwsbrief mei</h2><span>Sint-Pieterscollege Middenschool Kessel-Lo</span></td></tr>
<tr><td><h3>1. Examenrooster juni</h3><p>Het examenrooster staat op Smartschool. De examens beginnen op dinsdag 10 juni. Uw kind studeert die weken in de namiddag thuis; wie niet naar huis kan, mag naar de studie.</p>
<h3>2. Pedagogische studiedag</h3><p>Op woensdag 21 mei is er geen les.</p>
<h3>3. Nieuwe speeltuigen</h3><p>Dankzij de opbrengst van de spaghettiavond staat er een nieuwe tafeltennistafel op de speelplaats. Bedankt aan alle helpers!</p>
<h3>4. Oudercomit&eacute;</h3><p>Het oudercomit&eacute; zoekt nieuwe leden, bv. voor het schoolfeest. Interesse? Laat het weten via het secretariaat.</p>
<h3>5. Verloren voorwerpen</h3><p>De kast met verloren voorwerpen wordt op 30 juni leeggemaakt. Kijk zeker eens of de jas, brooddoos of drinkbus van uw kind ertussen ligt.</p>
<p>Met vriendelijke groeten<br>De directie</p></td></tr></table></body></html>""",
    bcc=['ouders@sintpieterscollege.be'], enc='qp', date='2025-05-15 17:00', rules=[], about=[],
    note='general HTML newsletter to all parents (bcc)')

# 145 N bibboek Warre
add('N', 'bibboek-warre', st('bib'), [par('warre', 1)], 'Boek uit de schoolbib',
"""Beste mevrouw Lauwers

Warre heeft sinds februari het boek 'Het leven van een loser 3' uit de schoolbibliotheek ontleend. Voor de inventaris van juni zouden we het graag terugkrijgen. Misschien ligt het nog ergens onder een bed? :-)

Als het echt kwijt is, laat het dan gewoon weten.

Vriendelijke groeten
Veerle Bogaert
schoolbibliotheek""",
    enc='qp', date='2025-05-20 10:30', rules=[], about=['warre'],
    note='librarian asks a mother to have her son return a library book')

# 146 L wifi-code op affiche
add('L', 're-wifi-code-vergaderzaal', st('ict'), [st('wisk')], 'Re: wifi vergaderzaal',
"""Jef,

De code van het gastnetwerk hangt op de affiche naast de deur van de vergaderzaal (en in de leraarskamer bij de koffiemachine). Die verandert elke maand, dus ik zet hem niet in mails.

Tom

> Tom, wat is de wifi-code voor de gasten van de vakgroep morgen? Jef""",
    enc='7bit', date='2025-05-22 14:02', fmt=['reply'], rules=[], about=[],
    note='ICT says where the guest Wi-Fi code is posted without giving it')

# 147 N fr bravo Camille (naar leerling)
add('N', 'fr-bravo-expose-camille', st('fr'), [pupil('camille')], 'Bravo pour ton exposé !',
"""Chère Camille,

Je voulais te féliciter pour ton exposé sur Bruxelles de ce matin. C'était clair, bien structuré et tu as parlé sans lire tes notes. Tes camarades ont beaucoup appris !

Note : 17/20.

Continue comme ça !
Mme Lambert""",
    enc='qp', date='2025-05-23 12:10', rules=[], about=['camille'], lang='fr',
    note='French teacher congratulates a pupil on her presentation, sent to the pupil\'s school address')

# 148 G co-accounts gescheiden ouders
add('G', 'info-gescheiden-ouders-coaccounts', st('dirg'), [st('dirg')], 'Wonen de ouders niet samen? Zo houden we u allebei op de hoogte',
"""Beste ouders

In onze school wonen heel wat kinderen in twee huizen. We vinden het belangrijk dat beide ouders betrokken blijven bij de schoolloopbaan van hun kind. Daarom deze afspraken:

1. Beide ouders hebben recht op informatie over hun kind (rapport, resultaten, afwezigheden), ook als het kind niet bij hen gedomicilieerd is, tenzij een rechterlijke uitspraak anders bepaalt.
2. Elke ouder krijgt een eigen Smartschool-co-account. Deel uw account niet met de andere ouder.
3. Voor het oudercontact kan u samen of apart een afspraak maken.
4. De school neemt geen standpunt in bij conflicten tussen ouders. Hebt u een vonnis over het verblijf of het ophalen van uw kind, bezorg het dan aan het secretariaat.
5. Wijzigt uw adres of telefoonnummer, pas het dan zelf aan in Smartschool.

Met vriendelijke groeten
De directie""",
    bcc=['ouders@sintpieterscollege.be'], enc='qp', date='2025-05-27 12:00', rules=[], about=[],
    note='general letter to all parents on information rights of separated parents; no individual family')

# 149 L poortcode gewijzigd, niet in mail
add('L', 'poortcode-gewijzigd-bus', st('sec'), [BUS], 'Nieuwe code achterpoort',
"""Dag Kristel,

Omdat de code van de achterpoort blijkbaar rondging bij leerlingen, is hij vanaf maandag gewijzigd. De nieuwe code geef ik niet via mail door: Luc krijgt hem maandagochtend persoonlijk van onze conciërge, en voor de vervangchauffeurs kan jij mij bellen.

Vriendelijke groeten
Martine Claessens
secretariaat""",
    enc='qp', date='2025-06-02 10:12', rules=[], about=[],
    note='secretariat tells the bus company the gate code changed and will be given in person; no code in the mail')

# 150 N goed resultaat Emiel, beide ouders in To
add('N', 'emiel-toets-wetenschappen', st('kt1d'), [par('emiel', 1), par('emiel', 2)], 'Mooi resultaat Emiel',
"""Beste ouders van Emiel

Even een positief berichtje tussendoor: Emiel haalde 18/20 op de grote toets natuurwetenschappen over de plantencel. Dat is het beste resultaat van de klas! Zijn extra inzet na het kerstexamen werpt duidelijk vruchten af.

Veel succes aan hem met de examens.

Met vriendelijke groeten
Yusuf Aydin
klastitularis 1D""",
    enc='qp', date='2025-06-04 16:25', rules=['bcc'], about=['emiel'],
    note='class teacher shares a good test result with both separated parents, both visible in To')

# ================================================================ BUILD
FIXED_ZIP_DATE = (2024, 9, 1, 8, 0, 0)

def zip_bytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()

def attachment_bytes(kind):
    if kind == 'ZIP_EXE':
        exe = b'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00' + b'\x00' * 48 + b'This program cannot be run in DOS mode.\r\n' + bytes(range(256)) * 8
        return zip_bytes([('install_printers.exe', exe), ('LEESMIJ.txt', 'Dubbelklik install_printers.exe en kies SPC-Leraarskamer.\r\n'.encode())])
    if kind == 'XLSM':
        sheet = '<worksheet><sheetData>' + ''.join(
            f'<row><c t="inlineStr"><is><t>{ROSTER[k]["first"]} {ROSTER[k]["last"]}</t></is></c><c t="inlineStr"><is><t>{ROSTER[k]["cls"]}</t></is></c><c t="inlineStr"><is><t>{a}</t></is></c></row>'
            for k, a, _ in ALLERGY_ROWS) + '</sheetData></worksheet>'
        return zip_bytes([('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>'),
                          ('xl/workbook.xml', '<workbook><sheets><sheet name="Allergie" sheetId="1"/></sheets></workbook>'),
                          ('xl/worksheets/sheet1.xml', sheet),
                          ('xl/vbaProject.bin', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'Attribute VB_Name = "DrukPerDag"\r\nSub DrukAf()\r\nEnd Sub\r\n' + b'\x00' * 64)])
    if kind == 'DOCM':
        doc = '<w:document><w:body>' + ''.join(f'<w:p><w:r><w:t>{ROSTER[k]["first"]} {ROSTER[k]["last"]} [{a}] {t}</w:t></w:r></w:p>' for k, a, t in KR2E) + '</w:body></w:document>'
        return zip_bytes([('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>'),
                          ('word/document.xml', doc),
                          ('word/vbaProject.bin', b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'Attribute VB_Name = "Attest"\r\nSub MaakAttest()\r\nEnd Sub\r\n' + b'\x00' * 64)])
    raise ValueError(kind)

def attachment_text(kind):
    if kind == 'XLSM':
        return _allergy_text()
    if kind == 'DOCM':
        return _kr2e_text()
    return ''

def tz_for(dt):
    # Europe/Brussels: CET (+01:00) between 27 Oct 2024 and 30 Mar 2025, else CEST
    if datetime.datetime(2024, 10, 27, 3) <= dt < datetime.datetime(2025, 3, 30, 2):
        return datetime.timezone(datetime.timedelta(hours=1))
    return datetime.timezone(datetime.timedelta(hours=2))

def parse_date(s):
    dt = datetime.datetime.strptime(s, '%Y-%m-%d %H:%M')
    return dt.replace(tzinfo=tz_for(dt))

def fmt_date(dt):
    return dt.strftime('%a, %d %b %Y %H:%M:%S %z')   # C locale

def mk_text(body, enc, cs, sub='plain'):
    part = MIMENonMultipart('text', sub)
    del part['MIME-Version']
    if enc == '8bit':
        part.set_payload(body.encode(cs).decode('ascii', 'surrogateescape'))
        part.set_param('charset', cs)
        part['Content-Transfer-Encoding'] = '8bit'
    elif enc == '7bit':
        body.encode('ascii')
        part.set_payload(body)
        part.set_param('charset', 'us-ascii')
        part['Content-Transfer-Encoding'] = '7bit'
    else:
        c = ecs.Charset(cs)
        c.header_encoding = ecs.QP
        c.body_encoding = ecs.QP if enc == 'qp' else ecs.BASE64
        part.set_payload(body, c)
    del part['MIME-Version']
    return part

def hdr_addrs(lst):
    out = []
    for s in lst:
        name, addr = parseaddr(s)
        out.append(formataddr((name, addr), charset='utf-8') if name else addr)
    return ', '.join(out)

def hdr_text(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8', header_name='Subject').encode()

def auto_html(body):
    import html as H
    paras = body.strip('\n').split('\n\n')
    out = []
    for p in paras:
        lines = [H.escape(l) for l in p.split('\n')]
        out.append('<p class="MsoNormal">' + '<br>\n'.join(lines) + '</p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<style>p.MsoNormal{margin:0cm;margin-bottom:8pt;font-size:11pt;font-family:"Calibri",sans-serif}</style></head>'
            '<body lang="NL-BE"><div class="WordSection1">\n' + '\n'.join(out) + '\n</div></body></html>')

def msgid(n, slug, frm):
    h = hashlib.sha1(f'batch21-{n}-{slug}'.encode()).hexdigest()
    dom = parseaddr(frm)[1].rsplit('@', 1)[1]
    return f'<{h[:12].upper()}.{h[12:20]}@{dom}>'

def set_headers(msg, frm, to, cc, subj, date, mid, extra=()):
    content = [(k, v) for k, v in msg.items() if k.lower() not in ('mime-version',)]
    for k in list(msg.keys()):
        del msg[k]
    msg['Date'] = fmt_date(date)
    msg['From'] = hdr_addrs([frm])
    msg['To'] = hdr_addrs(to)
    if cc:
        msg['Cc'] = hdr_addrs(cc)
    msg['Subject'] = hdr_text(subj)
    msg['Message-ID'] = mid
    for k, v in extra:
        msg[k] = v
    msg['MIME-Version'] = '1.0'
    for k, v in content:
        msg[k] = v

def build_inner(n, d):
    dt = parse_date(d['date'])
    part = mk_text(d['body'], 'qp', 'utf-8')
    set_headers(part, d['frm'], d['to'], d.get('cc'), d['subj'], dt, msgid(n * 1000 + 1, d['subj'], d['frm']))
    return part

def build(n, m):
    body, html, enc, cs = m['body'], m.get('html'), m.get('enc', 'qp'), m.get('cs', 'utf-8')
    fmt = []
    if html == 'auto':
        html = auto_html(body)
    if body is not None and html:
        main = MIMEMultipart('alternative', boundary=f'----=_NextPart_b21_{n:03d}_ALT')
        del main['MIME-Version']
        main.attach(mk_text(body, enc, cs))
        main.attach(mk_text(html, 'qp' if enc == '7bit' else enc, cs, 'html'))
        fmt.append('alt')
    elif html:
        main = mk_text(html, enc, cs, 'html')
        fmt.append('html')
    else:
        main = mk_text(body, enc, cs)
        fmt.append('plain')
    fmt.append({'qp': 'quoted-printable', 'base64': 'base64', '7bit': '7bit', '8bit': '8bit'}[enc])
    if cs != 'utf-8':
        fmt.append(cs)
    fmt.extend(m.get('fmt', []))
    atts, fwd = m.get('att', []), m.get('fwd')
    check_text = [body or '', re.sub(r'<[^>]+>', ' ', html or '')]
    if atts or fwd:
        outer = MIMEMultipart('mixed', boundary=f'----=_Part_b21_{n:03d}_MIX')
        del outer['MIME-Version']
        outer.attach(main)
        if fwd:
            inner = build_inner(n, fwd)
            mp = MIMEMessage(inner)
            del mp['MIME-Version']
            mp.add_header('Content-Disposition', 'attachment', filename=re.sub(r'[^\w .-]', '', fwd['subj'])[:60] + '.eml')
            outer.attach(mp)
            fmt.append('attached-forward')
            check_text.append(fwd['body'])
        for fname, ctype, data in atts:
            maintype, subtype = ctype.split('/')
            if maintype == 'text':
                p = mk_text(data, 'base64', 'utf-8', subtype)
                check_text.append(data)
            else:
                p = MIMEBase(maintype, subtype)
                del p['MIME-Version']
                p.set_payload(attachment_bytes(data))
                encoders.encode_base64(p)
                check_text.append(attachment_text(data))
            p.add_header('Content-Disposition', 'attachment', filename=fname)
            outer.attach(p)
            fmt.append('attachment:' + fname.rsplit('.', 1)[1])
        msg = outer
    else:
        msg = main
    extra = []
    if 'reply' in m.get('fmt', []):
        extra.append(('In-Reply-To', msgid(n * 7 + 3, 'parent-' + m['slug'], m['to'][0])))
    extra.append(('X-Mailer', m.get('mailer', ['Microsoft Outlook 16.0', 'Smartschool Mailer', 'Apple Mail (2.3776)', 'Microsoft Outlook 16.0'][n % 4])))
    set_headers(msg, m['frm'], m['to'], m.get('cc'), m['subj'], parse_date(m['date']), msgid(n, m['slug'], m['frm']), extra)
    return msg, fmt, '\n'.join(check_text)

PHONE = re.compile(r'(?<![\w+])(?:\+32|\+31|0)\s?\d(?:[\s./-]?\d){7,9}(?!\w)')
IBAN = re.compile(r'\b[A-Z]{2}\d{2}(?:\s?[0-9]{4}){3}')
RRN = re.compile(r'\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b')
GROUP_LOCAL = ('ouders', 'leerlingen', 'personeel', 'klas-', 'vakgroep-', 'leerkrachten-')

def check(n, m, text, fmt):
    warn = []
    rules = set(m['rules'])
    pd = bool(PHONE.search(text) or IBAN.search(text) or RRN.search(text) or m.get('dob'))
    if 'geboren' in text.lower() or 'geboortedatum' in text.lower():
        if re.search(r'\d{2}/\d{2}/\d{4}|\d{8}', text):
            pd = True
    if pd != ('personal_data' in rules):
        warn.append(f'personal_data mismatch (found={pd}) {PHONE.findall(text)} {IBAN.findall(text)}')
    vis = [parseaddr(a)[1] for a in m['to'] + m.get('cc', [])]
    ext = [a for a in vis if not is_school(a)]
    grp = [a for a in vis if is_school(a) and a.split('@')[0].startswith(GROUP_LOCAL)]
    b = len(ext) > 1 or bool(grp)
    if b != ('bcc' in rules):
        warn.append(f'bcc mismatch ext={ext} grp={grp}')
    env = m.get('env') or parseaddr(m['frm'])[1]
    allr = [parseaddr(a)[1] for a in m['to'] + m.get('cc', []) + m.get('bcc', [])]
    priv = (not is_school(env)) or any(a.startswith('annelies.bosmans76') for a in allr)
    if priv != ('private_account' in rules):
        warn.append('private_account mismatch')
    att = any(x.startswith('attachment:') and x.split(':')[1] in ('zip', 'xlsm', 'docm', 'exe') for x in fmt)
    if att != ('attachment' in rules):
        warn.append('attachment mismatch')
    if ('sensitive' in rules) != bool(m.get('cats')):
        warn.append('cats vs sensitive')
    for k in m.get('about', []):
        if ROSTER[k]['first'] not in text:
            warn.append(f'first name of {k} not in text')
    if m.get('mis'):
        about_par = {p[1] for k in m['about'] for p in (ROSTER[k]['p1'], ROSTER[k]['p2']) if p}
        others = {p[1] for r in ROSTER.values() if r['id'] not in [pid(k) for k in m['about']] for p in (r['p1'], r['p2']) if p}
        if set(allr) & about_par or not set(allr) <= others:
            warn.append('misdirected recipients wrong')
    if m['kind'] == 'G' and rules:
        warn.append('general letter with rules')
    if m['kind'] in ('S',) and 'sensitive' not in rules:
        warn.append('S without sensitive')
    if m['kind'] == 'C' and 'password' not in rules:
        warn.append('C without password')
    for w in warn:
        print(f'WARN {n:03d} {m["slug"]}: {w}')

def y(s):
    return json.dumps(s, ensure_ascii=False)

def main():
    for f in os.listdir(HERE):
        if f.endswith('.eml'):
            os.remove(os.path.join(HERE, f))
    write_roster()
    out = []
    for n, m in enumerate(MAILS, 1):
        msg, fmt, text = build(n, m)
        check(n, m, text, fmt)
        fname = f'{n:03d}-{m["slug"]}.eml'
        pol = epolicy.compat32.clone(linesep='\r\n', max_line_length=78)
        bio = io.BytesIO()
        BytesGenerator(bio, mangle_from_=False, policy=pol).flatten(msg)
        data = bio.getvalue()
        data = re.sub(rb'(?<!\r)\n', b'\r\n', data)
        with open(os.path.join(HERE, fname), 'wb') as fh:
            fh.write(data)
        rcpt = [parseaddr(a)[1] for a in m['to'] + m.get('cc', []) + m.get('bcc', [])]
        lab = [f'{fname}:',
               f'  rules: [{", ".join(m["rules"])}]']
        if 'sensitive' in m['rules']:
            lab.append(f'  categories: {{sensitive: [{", ".join(m["cats"])}]}}')
        lab += [f'  mail_from: {m.get("env") or parseaddr(m["frm"])[1]}',
                f'  rcpt: [{", ".join(rcpt)}]',
                f'  about: [{", ".join(pid(k) for k in m.get("about", []))}]',
                f'  misdirected: {"true" if m.get("mis") else "false"}',
                f'  note: {y(m["note"])}',
                f'  lang: {m.get("lang", "nl")}',
                f'  format: [{", ".join(fmt)}]']
        lab.insert(1, f'  # kind: {m["kind"]}')
        out.append('\n'.join(lab))
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as fh:
        fh.write('# batch21 - middenschool Kessel-Lo (first grade). kind: C credential, L credential look-alike, S sensitive,\n'
                 '# N personal not sensitive, M misdirected, G general letter (informational, not a rule)\n')
        fh.write('\n'.join(out) + '\n')
    print(len(MAILS), 'mails written')

if __name__ == '__main__':
    main()
